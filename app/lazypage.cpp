#include "lazypage.h"

#include <QVBoxLayout>

LazyPage::LazyPage(Builder build, QWidget *parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content()
{
    if (m_content)
        return m_content;
    m_content = m_build(this);
    m_build = {}; // what it captured is not needed again
    layout()->addWidget(m_content);
    if (isVisible())
        m_content->show(); // a child added to a shown widget is not shown with it
    layout()->activate(); // the page's size now, not after the next pass of the event loop
    return m_content;
}

void LazyPage::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}
