#pragma once

#include "appsettings.h"

#include <QMainWindow>
#include <QStringList>

class DeckStore;
class QActionGroup;
class QListWidget;
class QStackedWidget;
class TablePage;

/**
 * The window: a navigation list on the left and one page at a time. Only pages that work
 * are added. Geometry, the last page and the theme are remembered.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(DeckStore *store, AppSettings *settings, const QString &language,
               QWidget *parent = nullptr);

    /** Page ids in navigation order ("table", …). */
    QStringList pageIds() const { return m_pageIds; }
    QString currentPageId() const;
    /** Shows page @p id; false if there is no such page. */
    bool setCurrentPage(const QString &id);
    QWidget *page(const QString &id) const;
    TablePage *tablePage() const { return m_tablePage; }
    QListWidget *navigation() const { return m_navigation; }

    /** With persistence off (screenshots), closing writes no settings. */
    void setPersistent(bool persistent) { m_persistent = persistent; }
    void setTheme(Theme theme);

signals:
    void currentPageChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page);
    void createMenus();
    void updateStatus();
    void showAbout();

    DeckStore *m_store = nullptr;
    AppSettings *m_settings = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    TablePage *m_tablePage = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QStringList m_pageIds;
    bool m_persistent = true;
};
