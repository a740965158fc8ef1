#include "assist/csvreader.h"

#include <QFile>

namespace warmline::assist {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

std::optional<QList<CsvRecord>> parseCsv(QStringView text, QString *error)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    // A record of one empty field is a blank line unless that field was written as "".
    bool fieldQuoted = false;
    int line = 1;
    record.line = line;
    qsizetype i = 0;
    const qsizetype n = text.size();

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&] {
        const bool blank = record.fields.isEmpty() && field.isEmpty() && !fieldQuoted;
        endField();
        if (!blank)
            records.append(std::move(record));
        record = CsvRecord{};
        fieldQuoted = false;
    };
    const auto atLineEnd = [&](qsizetype at) {
        return at < n && (text[at] == u'\n' || (text[at] == u'\r' && (at + 1 == n || text[at + 1] == u'\n')));
    };

    while (i < n) {
        const QChar c = text[i];
        if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            const int startLine = line;
            fieldQuoted = true;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text[i];
                if (q == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == u'\n')
                    ++line;
                field.append(q);
                ++i;
            }
            if (!closed) {
                setError(error, QStringLiteral("line %1: quoted field is not closed").arg(startLine));
                return std::nullopt;
            }
            // Only a separator or a line end may follow the closing quote; anything else means the
            // quoting is broken and the field boundaries cannot be trusted.
            if (i < n && text[i] != u',' && !atLineEnd(i)) {
                setError(error, QStringLiteral("line %1: unexpected text after a closing quote").arg(line));
                return std::nullopt;
            }
            continue;
        }
        if (c == u'"') {
            setError(error, QStringLiteral("line %1: quote inside an unquoted field").arg(line));
            return std::nullopt;
        }
        if (c == u',') {
            endField();
            fieldQuoted = false;
            ++i;
            continue;
        }
        if (atLineEnd(i)) {
            i += c == u'\r' ? 2 : 1;
            endRecord();
            ++line;
            record.line = line;
            continue;
        }
        field.append(c);
        ++i;
    }
    if (!field.isEmpty() || fieldQuoted || !record.fields.isEmpty())
        endRecord();
    return records;
}

std::optional<QList<CsvRecord>> readCsvFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, QStringLiteral("%1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QString parseError;
    auto records = parseCsv(QString::fromUtf8(file.readAll()), &parseError);
    if (!records)
        setError(error, QStringLiteral("%1: %2").arg(path, parseError));
    return records;
}

} // namespace warmline::assist
