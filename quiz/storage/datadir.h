#pragma once

#include <QString>

/** Sets the organisation and application names every Portdeck binary shares. */
void setPortdeckApplicationNames();

/** What --version prints: the program, its version and its licence. */
QString versionText(const QString &program);

/**
 * The data folder: @p overrideDir when given (--data-dir), else the per-user
 * QStandardPaths::AppDataLocation. Call after setPortdeckApplicationNames().
 */
QString resolveDataDir(const QString &overrideDir);
