#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class QSqlQuery;

/**
 * Helpers of the storage layer's statements. Every value is bound, never spliced into SQL.
 */
namespace boundquery {

/** Prepares and runs @p sql with positional bound values; a null QString binds as ''. */
bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values = {});
/** Ids as one JSON array, bound as a single value and read with json_each(). */
QString idsAsJson(const QList<qint64> &ids);
/** NULL for a negative number (no value), else the number. */
QVariant nullable(int value);
/** NULL of type @p T. */
template<typename T>
QVariant null() { return QVariant(QMetaType::fromType<T>()); }

} // namespace boundquery
