#include "appsettings.h"

#include <QDir>

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPage = QStringLiteral("window/page");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kHeader = QStringLiteral("table/header");
const QString kSplitter = QStringLiteral("table/splitter");
const QString kCurrent = QStringLiteral("table/current");
} // namespace

AppSettings::AppSettings(const QString &dataDir)
    : m_settings(dataDir.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("portdeck.ini")),
                                                  QSettings::IniFormat))
{
}

QByteArray AppSettings::windowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &g) { m_settings->setValue(kGeometry, g); }
QByteArray AppSettings::windowState() const { return m_settings->value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &s) { m_settings->setValue(kState, s); }
QString AppSettings::lastPage() const { return m_settings->value(kPage).toString(); }
void AppSettings::setLastPage(const QString &page) { m_settings->setValue(kPage, page); }

Theme AppSettings::theme() const
{
    return themeFromKey(m_settings->value(kTheme).toString()).value_or(Theme::System);
}

void AppSettings::setTheme(Theme theme) { m_settings->setValue(kTheme, themeKey(theme)); }

QByteArray AppSettings::tableHeaderState() const { return m_settings->value(kHeader).toByteArray(); }
void AppSettings::setTableHeaderState(const QByteArray &s) { m_settings->setValue(kHeader, s); }
QByteArray AppSettings::browseHeaderState() const
{
    return m_settings->value(QStringLiteral("browse/header")).toByteArray();
}
void AppSettings::setBrowseHeaderState(const QByteArray &s) { m_settings->setValue(QStringLiteral("browse/header"), s); }
QByteArray AppSettings::tableSplitterState() const
{
    return m_settings->value(kSplitter).toByteArray();
}
void AppSettings::setTableSplitterState(const QByteArray &s) { m_settings->setValue(kSplitter, s); }
QString AppSettings::tableCurrentFact() const { return m_settings->value(kCurrent).toString(); }
void AppSettings::setTableCurrentFact(const QString &key) { m_settings->setValue(kCurrent, key); }

bool AppSettings::showDraftNotes() const { return m_settings->value(QStringLiteral("notes/drafts"), false).toBool(); }
void AppSettings::setShowDraftNotes(bool show) { m_settings->setValue(QStringLiteral("notes/drafts"), show); }

bool AppSettings::tableShowsMap() const { return m_settings->value(QStringLiteral("table/map"), false).toBool(); }
void AppSettings::setTableShowsMap(bool map) { m_settings->setValue(QStringLiteral("table/map"), map); }

void AppSettings::sync() { m_settings->sync(); }

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

std::optional<Theme> themeFromKey(const QString &key)
{
    for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
        if (themeKey(t) == key)
            return t;
    }
    return std::nullopt;
}
