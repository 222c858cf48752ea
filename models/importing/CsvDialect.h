// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

namespace mentordesk {

/// How a CSV file is laid out: what separates its values and whether its first record names the
/// columns. The quote is always '"', as every spreadsheet writes it.
struct CsvDialect {
    QChar delimiter = u',';
    bool hasHeaderRow = true;

    friend bool operator==(const CsvDialect& a, const CsvDialect& b)
    {
        return a.delimiter == b.delimiter && a.hasHeaderRow == b.hasHeaderRow;
    }
    friend bool operator!=(const CsvDialect& a, const CsvDialect& b) { return !(a == b); }
};

} // namespace mentordesk
