#pragma once

#include <QWidget>

#include <functional>

/**
 * A page of the window that is built when it is first shown, or first asked for, not when
 * the window is made: at 100,000 cards each page reads seconds' worth of the collection,
 * and a launch shows one page. Until then it is an empty widget in the page stack.
 */
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    /** @p build makes the page's content as a child of the widget it is given. */
    using Builder = std::function<QWidget *(QWidget *parent)>;

    explicit LazyPage(Builder build, QWidget *parent = nullptr);

    /** The page, built now if it has not been. */
    QWidget *content();
    /** Whether the page has been built. */
    bool isBuilt() const { return m_content != nullptr; }

protected:
    /** Builds the page before its first frame: choosing it while the window is hidden builds nothing. */
    void showEvent(QShowEvent *event) override;

private:
    Builder m_build;
    QWidget *m_content = nullptr;
};
