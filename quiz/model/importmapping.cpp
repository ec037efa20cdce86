#include "importmapping.h"

QList<ImportField> ImportMapping::allFields()
{
    return {ImportField::Ignore,   ImportField::Question,  ImportField::Answer,   ImportField::Tags,
            ImportField::Key,      ImportField::Name,      ImportField::FullName, ImportField::Ports,
            ImportField::Transport, ImportField::Function, ImportField::Security, ImportField::Aliases};
}

QString ImportMapping::fieldKey(ImportField field)
{
    switch (field) {
    case ImportField::Ignore: return QStringLiteral("ignore");
    case ImportField::Question: return QStringLiteral("question");
    case ImportField::Answer: return QStringLiteral("answer");
    case ImportField::Tags: return QStringLiteral("tags");
    case ImportField::Key: return QStringLiteral("key");
    case ImportField::Name: return QStringLiteral("name");
    case ImportField::FullName: return QStringLiteral("full-name");
    case ImportField::Ports: return QStringLiteral("ports");
    case ImportField::Transport: return QStringLiteral("transport");
    case ImportField::Function: return QStringLiteral("function");
    case ImportField::Security: return QStringLiteral("security");
    case ImportField::Aliases: return QStringLiteral("aliases");
    }
    return {};
}

QString ImportMapping::fieldTitle(ImportField field)
{
    switch (field) {
    case ImportField::Ignore: return tr("Not imported");
    case ImportField::Question: return tr("Question");
    case ImportField::Answer: return tr("Answer");
    case ImportField::Tags: return tr("Tags");
    case ImportField::Key: return tr("Identity (finds duplicates)");
    case ImportField::Name: return tr("Entry name");
    case ImportField::FullName: return tr("Full name");
    case ImportField::Ports: return tr("Ports");
    case ImportField::Transport: return tr("Transport");
    case ImportField::Function: return tr("Function");
    case ImportField::Security: return tr("Security");
    case ImportField::Aliases: return tr("Other names");
    }
    return {};
}

std::optional<ImportField> ImportMapping::fieldOfName(const QString &name)
{
    const QString n = name.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char(' '))
                          .replace(QLatin1Char('-'), QLatin1Char(' '));
    static const QList<std::pair<QStringList, ImportField>> names{
        {{QStringLiteral("question"), QStringLiteral("front"), QStringLiteral("q")}, ImportField::Question},
        {{QStringLiteral("answer"), QStringLiteral("back"), QStringLiteral("a")}, ImportField::Answer},
        {{QStringLiteral("tags"), QStringLiteral("tag")}, ImportField::Tags},
        {{QStringLiteral("key"), QStringLiteral("guid"), QStringLiteral("identity")}, ImportField::Key},
        {{QStringLiteral("name"), QStringLiteral("protocol"), QStringLiteral("service"), QStringLiteral("entry"),
          QStringLiteral("entry name")},
         ImportField::Name},
        {{QStringLiteral("full name"), QStringLiteral("fullname"), QStringLiteral("long name")}, ImportField::FullName},
        {{QStringLiteral("ports"), QStringLiteral("port"), QStringLiteral("port number"), QStringLiteral("port numbers")},
         ImportField::Ports},
        {{QStringLiteral("transport"), QStringLiteral("transports"), QStringLiteral("tcp/udp")}, ImportField::Transport},
        {{QStringLiteral("function"), QStringLiteral("description"), QStringLiteral("purpose"), QStringLiteral("use")},
         ImportField::Function},
        {{QStringLiteral("security"), QStringLiteral("secure"), QStringLiteral("encrypted")}, ImportField::Security},
        {{QStringLiteral("aliases"), QStringLiteral("alias"), QStringLiteral("other names")}, ImportField::Aliases},
        {{QStringLiteral("ignore"), QStringLiteral("")}, ImportField::Ignore},
    };
    for (const auto &[words, field] : names) {
        if (words.contains(n))
            return field;
    }
    return std::nullopt;
}

ImportMapping ImportMapping::guess(const DelimitedText &text)
{
    ImportMapping mapping;
    const int count = text.columnCount();
    mapping.columns = QList<ImportField>(count, ImportField::Ignore);
    mapping.tags = text.tags;

    // Column names: Anki's "#columns:" header, or a first row whose every field is one.
    QStringList names = text.columnNames;
    if (names.isEmpty() && !text.rows.isEmpty()) {
        const QStringList first = text.rows.constFirst().fields;
        // Most of its fields name a column ("Port, Protocol, Notes"), and none is a number.
        const auto known = std::count_if(first.begin(), first.end(), [](const QString &f) {
            return !f.trimmed().isEmpty() && fieldOfName(f).has_value();
        });
        const bool number = std::any_of(first.begin(), first.end(), [](const QString &f) {
            bool ok = false;
            f.trimmed().toInt(&ok);
            return ok;
        });
        if (known >= 2 && known * 2 >= first.size() && !number) {
            names = first;
            mapping.headerRow = true;
        }
    }
    bool named = false;
    for (int i = 0; i < names.size() && i < count; ++i) {
        if (const std::optional<ImportField> f = fieldOfName(names.at(i))) {
            // A field named twice keeps its first column (a "Tags" column repeated, say).
            if (*f != ImportField::Ignore && mapping.columns.contains(*f))
                continue;
            mapping.columns[i] = *f;
            named = true;
        }
    }
    if (!named) {
        // Anki's default: the first column asks, the second answers.
        if (count > 0)
            mapping.columns[0] = ImportField::Question;
        if (count > 1)
            mapping.columns[1] = ImportField::Answer;
    }
    if (text.tagsColumn >= 0 && text.tagsColumn < count)
        mapping.columns[text.tagsColumn] = ImportField::Tags;
    if (text.guidColumn >= 0 && text.guidColumn < count)
        mapping.columns[text.guidColumn] = ImportField::Key;
    for (int column : {text.notetypeColumn, text.deckColumn}) {
        if (column >= 0 && column < count)
            mapping.columns[column] = ImportField::Ignore;
    }
    return mapping;
}

std::optional<ImportMapping> ImportMapping::parseColumns(const QString &spec, QString *error)
{
    ImportMapping mapping;
    for (const QString &word : spec.split(QLatin1Char(','))) {
        const QString w = word.trimmed().toLower();
        std::optional<ImportField> field;
        if (w == QLatin1String("-"))
            field = ImportField::Ignore;
        for (ImportField f : allFields()) {
            if (fieldKey(f) == w)
                field = f;
        }
        if (!field) {
            QStringList known;
            for (ImportField f : allFields())
                known.append(fieldKey(f));
            *error = tr("Unknown column “%1” (known: %2).").arg(word.trimmed(), known.join(QLatin1String(", ")));
            return std::nullopt;
        }
        mapping.columns.append(*field);
    }
    return mapping;
}

QString ImportMapping::problem() const
{
    if (asEntries())
        return {};
    if (!columns.contains(ImportField::Question) || !columns.contains(ImportField::Answer))
        return tr("Choose a column for the question and one for the answer, or a column of entry names.");
    return {};
}
