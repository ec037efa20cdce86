#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include <memory>
#include <optional>

/** Colour scheme of the window. */
enum class Theme { System, Light, Dark };

/**
 * Typed access to the GUI's settings. With a data folder given (--data-dir, tests,
 * portable use) they live in portdeck.ini inside it; otherwise in the user's settings.
 */
class AppSettings
{
public:
    /** @p dataDir empty: the platform's per-user settings. */
    explicit AppSettings(const QString &dataDir = {});

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString lastPage() const;
    void setLastPage(const QString &page);
    Theme theme() const;
    void setTheme(Theme theme);

    QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &state);
    QByteArray browseHeaderState() const;
    void setBrowseHeaderState(const QByteArray &state);
    QByteArray tableSplitterState() const;
    void setTableSplitterState(const QByteArray &state);
    QString tableCurrentFact() const;
    void setTableCurrentFact(const QString &key);

    /** The Table page shows the mastery map instead of the rows. */
    bool tableShowsMap() const;
    void setTableShowsMap(bool map);
    bool showDraftNotes() const;
    void setShowDraftNotes(bool show);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

QString themeKey(Theme theme);
std::optional<Theme> themeFromKey(const QString &key);
