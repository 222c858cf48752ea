// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportField.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariant>

namespace mentordesk {

/// Which character separates the decimals in a file's numbers. Auto reads every value that can be
/// read only one way and reports the others (`1,234`, `1.234`) as ambiguous.
enum class NumberStyle { Auto, DotDecimal, CommaDecimal };

/// Whether slash and dash dates put the day or the month first. Auto reads 13/04/2026 and
/// 04/13/2026 and reports 03/04/2026 as ambiguous. Dotted dates (31.03.2026) are day first in every
/// country that writes them, and ISO dates (2026-03-31) are unambiguous, whatever the setting.
enum class DateOrder { Auto, DayMonth, MonthDay };

/// Whether a rate column writes shares (0.12) or percentages (12). Auto reads a bare number up to 1
/// as a share and a bare number above 1 as a percentage; a value with `%` is a percentage in any
/// scale. In Auto, 1 therefore means 100 %, and a percentage column whose values are all at most
/// 1 would be read as shares: ValueConverter::detectRateScale() decides a column from all its
/// values so that `0.5` in a column that also holds `12` is read as 0.5 %.
enum class RateScale { Auto, Fraction, Percent };

/// Converts the text of CSV cells into typed values, independent of the system locale: exports
/// come from other countries than the computer that imports them.
///
/// Numbers: an optional sign (`-`, `+`, U+2212, or accounting parentheses), digits with `.` or `,`
/// as decimal separator and the other one as thousands separator (groups of three); spaces, no-break
/// spaces and `'` as thousands separators; currency symbols and three-letter currency codes before
/// or after the number; a trailing `%` (the number as written: `85%` is 85); Excel's `1.5E+06`.
/// Dates: ISO `2026-03-31` (a time after it is ignored), `31.03.2026`, `31/03/2026`, `03/31/2026`,
/// `31-03-2026`. Two-digit years are accepted only at the end of dotted and slash dates
/// (`31.03.26`, `3/31/26`, as Excel writes short dates) and mean 2000–2099: every date the program
/// imports (sign-ups, enrolments, snapshots) lies in this century. Dash dates need four digits,
/// because `26-03-31` is as often year first as day first. Only real calendar dates are accepted.
///
/// An empty cell converts to a null value with ok set: whether a value is required is the
/// validator's rule. A converter caches the choice words it has seen, keyed by field key (one
/// converter per import; not for use from two threads at once).
class ValueConverter {
    Q_DECLARE_TR_FUNCTIONS(ValueConverter)
public:
    /// The outcome of one conversion. `value` is null unless `ok`; `problem` says why not, as a
    /// sentence for the user. An ambiguous value is not ok: the user chooses the style, or the
    /// caller detects it from the column.
    struct Result {
        QVariant value;
        bool ok = false;
        bool ambiguous = false;
        QString problem;
    };

    void setNumberStyle(NumberStyle style) { m_numberStyle = style; }
    NumberStyle numberStyle() const { return m_numberStyle; }
    void setDateOrder(DateOrder order) { m_dateOrder = order; }
    DateOrder dateOrder() const { return m_dateOrder; }

    /// A number as a double.
    Result toNumber(QStringView text) const;
    /// A whole number as a qint64; `12.0` is accepted, `12.5` is not.
    Result toInteger(QStringView text) const;
    /// A share from 0 to 1 as a double (see RateScale); the range itself is the validator's rule.
    Result toRate(QStringView text, RateScale scale = RateScale::Auto) const;
    /// A QDate.
    Result toDate(QStringView text) const;
    /// A bool from yes/no, true/false, 1/0, ja/nein, y/n, j, x (a ticked box).
    Result toBoolean(QStringView text) const;
    /// Minutes after midnight 0–1440 from a time ("09:00", "9am", "17:30", "24:00") or a plain
    /// number of minutes that cannot be an hour (domain/TimeOfDay.h says which numbers are refused).
    Result toTimeOfDay(QStringView text) const;
    /// The code of the choice of `field` whose code, label (English or translated) or synonym
    /// matches `text`, ignoring case, accents, spaces, hyphens, underscores and punctuation.
    Result toChoice(QStringView text, const ImportField& field) const;
    /// Converts `text` as `field` reads it. Text and e-mail are trimmed; the rules (required,
    /// ranges, e-mail syntax) are ImportRowValidator's.
    Result convert(QStringView text, const ImportField& field, RateScale scale = RateScale::Auto) const;

    /// The number style the column's values prove: `3,5` and `1.234,5` prove comma decimals,
    /// `3.5` and `1,234,567` dot decimals. Auto when none is proved; when values contradict each
    /// other, the style most of them prove.
    static NumberStyle detectNumberStyle(const QStringList& sample);
    /// The date order the column's values prove: 13/04/2026 proves day first, 04/13/2026 month
    /// first. Auto when none is proved; when values contradict each other, the order most prove.
    static DateOrder detectDateOrder(const QStringList& sample);
    /// Percent when a value of the column is written as a bare number above 1, else Auto. Values
    /// are read with `style`, so detect the number style first.
    static RateScale detectRateScale(const QStringList& sample, NumberStyle style = NumberStyle::Auto);

    /// `text` case-folded, without accents, spaces or punctuation: the form choices are compared in.
    static QString normalisedWord(QStringView text);

private:
    /// The normalised words of `field`'s choices, mapped to their codes; built once per field key,
    /// because an import matches the same few words in every row.
    const QHash<QString, QString>& choiceCodes(const ImportField& field) const;

    NumberStyle m_numberStyle = NumberStyle::Auto;
    DateOrder m_dateOrder = DateOrder::Auto;
    mutable QHash<QString, QHash<QString, QString>> m_choiceCodes;
};

} // namespace mentordesk
