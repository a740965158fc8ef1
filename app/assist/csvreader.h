#pragma once

#include <optional>
#include <QList>
#include <QString>
#include <QStringList>

namespace warmline::assist {

// One record of a CSV file with the physical line it starts on, so that callers can name the line
// when a record does not fit what they expect.
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

// RFC 4180 reader. Qt has no CSV parser, and splitting on commas breaks on the quoted fields that
// real exports contain (utterances with commas, quotes and line breaks). Accepts LF and CRLF line
// ends, a missing final line end and a UTF-8 byte order mark; skips blank lines. A quote inside an
// unquoted field, text after a closing quote, or an unterminated quoted field is an error that
// names the line.
std::optional<QList<CsvRecord>> parseCsv(QStringView text, QString *error);
std::optional<QList<CsvRecord>> readCsvFile(const QString &path, QString *error);

} // namespace warmline::assist
