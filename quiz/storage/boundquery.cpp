#include "boundquery.h"

#include <QSqlQuery>
#include <QStringList>

namespace boundquery {

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        // A null QString would bind as SQL NULL; text columns want ''. A QVariant that is null
        // itself (null<QString>()) means NULL and binds as NULL.
        if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
    return q.exec();
}

QString idsAsJson(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (qint64 id : ids)
        numbers.append(QString::number(id));
    return QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']');
}

QVariant nullable(int value)
{
    return value < 0 ? null<int>() : QVariant(value);
}

} // namespace boundquery
