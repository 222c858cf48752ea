// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueConverter.h"

#include "domain/TimeOfDay.h"

#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace mentordesk {

namespace {

/// What the digits and separators of a number (sign, currency and spaces removed) mean.
struct NumberReading {
    bool dotValid = false;   ///< readable with '.' as decimal separator and ',' grouping
    bool commaValid = false; ///< readable with ',' as decimal separator and '.' grouping
    double dotValue = 0;
    double commaValue = 0;
};

/// Clean number text: the magnitude's digits and separators, and what surrounded them.
struct NumberText {
    QString digits;
    bool negative = false;
    bool percent = false;
    bool valid = true;
};

bool isCurrencyCode(QStringView text)
{
    if (text.size() != 3)
        return false;
    for (QChar c : text) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

/// Drops whitespace, currency symbols and codes, and (once) a trailing '%' from both ends.
QStringView stripDecoration(QStringView text, bool* percent)
{
    for (;;) {
        text = text.trimmed();
        if (text.isEmpty())
            return text;
        if (text.front().category() == QChar::Symbol_Currency) {
            text = text.mid(1);
        } else if (text.back().category() == QChar::Symbol_Currency) {
            text.chop(1);
        } else if (text.back() == u'%' && !*percent) {
            *percent = true;
            text.chop(1);
        } else if (text.size() > 3 && isCurrencyCode(text.left(3)) && !text.at(3).isLetter()) {
            text = text.mid(3);
        } else if (text.size() > 3 && isCurrencyCode(text.right(3)) && !text.at(text.size() - 4).isLetter()) {
            text.chop(3);
        } else {
            return text;
        }
    }
}

bool isGroupingSpace(QChar c)
{
    // Spaces, no-break spaces (French, Excel), thin spaces, and the Swiss apostrophe.
    return c == u' ' || c == u'\u00a0' || c == u'\u202f' || c == u'\u2009' || c == u'\'' || c == u'\u2019';
}

NumberText cleanNumberText(QStringView text)
{
    NumberText result;
    text = stripDecoration(text, &result.percent);
    if (text.size() >= 2 && text.front() == u'(' && text.back() == u')') {
        result.negative = true;
        text = stripDecoration(text.mid(1, text.size() - 2), &result.percent);
    }
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'\u2212' || text.front() == u'+')) {
        if (text.front() != u'+') {
            if (result.negative)
                result.valid = false;
            result.negative = true;
        }
        text = stripDecoration(text.mid(1), &result.percent);
    }
    result.digits.reserve(text.size());
    for (QChar c : text) {
        if (isGroupingSpace(c))
            continue;
        result.digits += c;
    }
    return result;
}

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

/// Reads `text` with one decimal separator; the other separator may only group thousands.
bool readDigits(QStringView text, QChar decimal, QChar group, double* value)
{
    const qsizetype decimalAt = text.indexOf(decimal);
    if (decimalAt >= 0 && text.indexOf(decimal, decimalAt + 1) >= 0)
        return false;
    const QStringView integerPart = decimalAt >= 0 ? text.left(decimalAt) : text;
    const QStringView fraction = decimalAt >= 0 ? text.mid(decimalAt + 1) : QStringView();
    if (decimalAt >= 0 && fraction.isEmpty())
        return false;
    if (!allDigits(fraction) || (integerPart.isEmpty() && fraction.isEmpty()))
        return false;

    QString plain;
    plain.reserve(text.size());
    if (integerPart.contains(group)) {
        // Groups of three after a first group of one to three digits that does not start with 0.
        const QList<QStringView> groups = integerPart.split(group);
        const QStringView first = groups.front();
        if (first.isEmpty() || first.size() > 3 || first.front() == u'0' || !allDigits(first))
            return false;
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups.at(i).size() != 3 || !allDigits(groups.at(i)))
                return false;
        }
        for (QStringView part : groups)
            plain += part;
    } else {
        if (!allDigits(integerPart))
            return false;
        plain += integerPart;
    }
    if (plain.isEmpty())
        plain += u'0';
    if (!fraction.isEmpty()) {
        plain += u'.';
        plain += fraction;
    }
    bool ok = false;
    *value = plain.toDouble(&ok); // QString::toDouble is the C locale whatever the default QLocale
    return ok;
}

NumberReading readNumber(QStringView digits)
{
    NumberReading reading;
    reading.dotValid = readDigits(digits, u'.', u',', &reading.dotValue);
    if (!digits.contains(u'.') && !digits.contains(u',')) {
        // Most cells of an export: a whole number reads the same in both styles, once is enough.
        reading.commaValid = reading.dotValid;
        reading.commaValue = reading.dotValue;
        return reading;
    }
    reading.commaValid = readDigits(digits, u',', u'.', &reading.commaValue);
    return reading;
}

/// Excel writes large and tiny numbers as 1.5E+06 (1,5E+06 in German); one separator in the
/// mantissa of such a number can only be the decimal one.
bool readScientific(QStringView digits, double* value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]{1,3}$"));
    if (!pattern.match(digits).hasMatch())
        return false;
    QString plain = digits.toString();
    plain.replace(u',', u'.');
    bool ok = false;
    *value = plain.toDouble(&ok);
    return ok && std::isfinite(*value);
}

QString formatPlain(double value)
{
    return QString::number(value, 'g', 15);
}

const QString& timeSuffix()
{
    static const QString suffix = QStringLiteral(
        R"((?:[T ]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(?:[AaPp][Mm]|Z|[+-][0-9]{2}:?[0-9]{2})?)?)");
    return suffix;
}

const QRegularExpression& isoDatePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})([-/])([0-9]{1,2})\\2([0-9]{1,2})%1$").arg(timeSuffix()));
    return pattern;
}

const QRegularExpression& dottedDatePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4}|[0-9]{2})%1$").arg(timeSuffix()));
    return pattern;
}

/// Slash and dash dates, whose order depends on the country.
const QRegularExpression& orderedDatePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{1,2})([/-])([0-9]{1,2})\\2([0-9]{4}|[0-9]{2})%1$").arg(timeSuffix()));
    return pattern;
}

/// 26-03-31 is as often year first (Swedish, ISO without the century) as day first, so dashes
/// need a four-digit year.
bool isDashWithShortYear(const QRegularExpressionMatch& ordered)
{
    return ordered.capturedView(2) == u"-" && ordered.capturedLength(4) == 2;
}

int yearOf(QStringView digits)
{
    const int year = digits.toInt();
    return digits.size() == 2 ? 2000 + year : year;
}

} // namespace

ValueConverter::Result ValueConverter::toNumber(QStringView text) const
{
    Result result;
    if (text.trimmed().isEmpty()) {
        result.ok = true;
        return result;
    }
    const NumberText clean = cleanNumberText(text);
    const QString quoted = text.trimmed().toString();
    double value = 0;
    if (clean.valid && readScientific(clean.digits, &value)) {
        result.ok = true;
        result.value = clean.negative ? -value : value;
        return result;
    }
    const NumberReading reading = clean.valid && !clean.digits.isEmpty() ? readNumber(clean.digits) : NumberReading();
    switch (m_numberStyle) {
    case NumberStyle::Auto:
        if (reading.dotValid && reading.commaValid && reading.dotValue != reading.commaValue) {
            result.ambiguous = true;
            result.problem = tr("“%1” could be %2 or %3; choose whether the file writes decimals with a point or a "
                                "comma.")
                                 .arg(quoted, formatPlain(reading.commaValue), formatPlain(reading.dotValue));
            return result;
        }
        if (reading.dotValid || reading.commaValid) {
            result.ok = true;
            value = reading.dotValid ? reading.dotValue : reading.commaValue;
        }
        break;
    case NumberStyle::DotDecimal:
        if (reading.dotValid) {
            result.ok = true;
            value = reading.dotValue;
        } else if (reading.commaValid) {
            result.problem =
                tr("“%1” is written with a decimal comma, but the file is set to decimal points (1,234.56).")
                    .arg(quoted);
            return result;
        }
        break;
    case NumberStyle::CommaDecimal:
        if (reading.commaValid) {
            result.ok = true;
            value = reading.commaValue;
        } else if (reading.dotValid) {
            result.problem =
                tr("“%1” is written with a decimal point, but the file is set to decimal commas (1.234,56).")
                    .arg(quoted);
            return result;
        }
        break;
    }
    if (!result.ok || !std::isfinite(value)) {
        result.ok = false;
        result.problem = tr("“%1” is not a number.").arg(quoted);
        return result;
    }
    result.value = clean.negative && value != 0 ? -value : value;
    return result;
}

ValueConverter::Result ValueConverter::toInteger(QStringView text) const
{
    Result result = toNumber(text);
    if (!result.ok || result.value.isNull())
        return result;
    const double number = result.value.toDouble();
    // Beyond 2^53 a double no longer holds every whole number.
    if (number != std::trunc(number) || std::fabs(number) > 9007199254740992.0) {
        result = Result();
        result.problem = tr("“%1” is not a whole number.").arg(text.trimmed().toString());
        return result;
    }
    result.value = static_cast<qint64>(number);
    return result;
}

ValueConverter::Result ValueConverter::toRate(QStringView text, RateScale scale) const
{
    Result result = toNumber(text);
    if (!result.ok || result.value.isNull())
        return result;
    bool percent = false;
    stripDecoration(text, &percent);
    const double number = result.value.toDouble();
    if (!percent) {
        switch (scale) {
        case RateScale::Auto:
            percent = number > 1;
            break;
        case RateScale::Fraction:
            break;
        case RateScale::Percent:
            percent = true;
            break;
        }
    }
    result.value = percent ? number / 100 : number;
    return result;
}

ValueConverter::Result ValueConverter::toDate(QStringView text) const
{
    Result result;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.ok = true;
        return result;
    }
    const QString quoted = trimmed.toString();
    int year = 0;
    int month = 0;
    int day = 0;
    // Plain yyyy-MM-dd, what most exports write, without the regular expressions: an import
    // converts millions of dates.
    auto digits = [&trimmed](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = trimmed.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (trimmed.size() == 10 && trimmed.at(4) == u'-' && trimmed.at(7) == u'-' && digits(0, 4) >= 0 &&
        digits(5, 2) >= 0 && digits(8, 2) >= 0) {
        year = digits(0, 4);
        month = digits(5, 2);
        day = digits(8, 2);
    } else if (const QRegularExpressionMatch iso = isoDatePattern().match(trimmed); iso.hasMatch()) {
        year = iso.capturedView(1).toInt();
        month = iso.capturedView(3).toInt();
        day = iso.capturedView(4).toInt();
    } else if (const QRegularExpressionMatch dotted = dottedDatePattern().match(trimmed); dotted.hasMatch()) {
        day = dotted.capturedView(1).toInt();
        month = dotted.capturedView(2).toInt();
        year = yearOf(dotted.capturedView(3));
    } else if (const QRegularExpressionMatch ordered = orderedDatePattern().match(trimmed);
               ordered.hasMatch() && !isDashWithShortYear(ordered)) {
        const int first = ordered.capturedView(1).toInt();
        const int second = ordered.capturedView(3).toInt();
        year = yearOf(ordered.capturedView(4));
        DateOrder order = m_dateOrder;
        if (order == DateOrder::Auto) {
            if (first > 12 && second <= 12) {
                order = DateOrder::DayMonth;
            } else if (second > 12 && first <= 12) {
                order = DateOrder::MonthDay;
            } else if (first <= 12 && second <= 12 && first != second) {
                const QDate dayFirst(year, second, first);
                const QDate monthFirst(year, first, second);
                result.ambiguous = true;
                result.problem = tr("“%1” could be %2 or %3; choose whether the file writes the day or the month "
                                    "first.")
                                     .arg(quoted, dayFirst.toString(Qt::ISODate), monthFirst.toString(Qt::ISODate));
                return result;
            } else {
                order = DateOrder::DayMonth; // the same either way, or no reading at all
            }
        }
        day = order == DateOrder::DayMonth ? first : second;
        month = order == DateOrder::DayMonth ? second : first;
        if (m_dateOrder != DateOrder::Auto && month > 12) {
            result.problem =
                m_dateOrder == DateOrder::DayMonth
                    ? tr("“%1” is not a date with the day first, as the file is set to read dates.").arg(quoted)
                    : tr("“%1” is not a date with the month first, as the file is set to read dates.").arg(quoted);
            return result;
        }
    } else {
        result.problem = tr("“%1” is not a date; use the form 2026-03-31, 31.03.2026 or 31/03/2026.").arg(quoted);
        return result;
    }
    const QDate date(year, month, day);
    if (!date.isValid()) {
        result.problem = tr("“%1” is not a calendar date.").arg(quoted);
        return result;
    }
    result.ok = true;
    result.value = date;
    return result;
}

ValueConverter::Result ValueConverter::toTimeOfDay(QStringView text) const
{
    Result result;
    if (text.trimmed().isEmpty()) {
        result.ok = true;
        return result;
    }
    const TimeOfDay::Reading reading = TimeOfDay::parse(text);
    result.ok = reading.ok();
    result.problem = reading.problem;
    if (result.ok)
        result.value = qint64(reading.minutes);
    return result;
}

ValueConverter::Result ValueConverter::toBoolean(QStringView text) const
{
    Result result;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.ok = true;
        return result;
    }
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("y"),   QStringLiteral("true"),
                                    QStringLiteral("1"),   QStringLiteral("ja"),  QStringLiteral("j"),
                                    QStringLiteral("x"),   QStringLiteral("wahr")};
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("n"),    QStringLiteral("false"),
                                   QStringLiteral("0"),  QStringLiteral("nein"), QStringLiteral("falsch")};
    const QString word = normalisedWord(trimmed);
    if (yes.contains(word) || trimmed == u"\u2713" || trimmed == u"\u2714") {
        result.ok = true;
        result.value = true;
    } else if (no.contains(word)) {
        result.ok = true;
        result.value = false;
    } else {
        result.problem = tr("“%1” is neither yes nor no; use yes, no, true, false, 1 or 0.").arg(trimmed.toString());
    }
    return result;
}

ValueConverter::Result ValueConverter::toChoice(QStringView text, const ImportField& field) const
{
    Result result;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.ok = true;
        return result;
    }
    const QHash<QString, QString>& codes = choiceCodes(field);
    const auto code = codes.constFind(normalisedWord(trimmed));
    if (code != codes.constEnd()) {
        result.ok = true;
        result.value = *code;
        return result;
    }
    QStringList labels;
    for (const ImportField::Choice& choice : field.choices)
        labels << QCoreApplication::translate("Choices", choice.label);
    result.problem = tr("“%1” is not one of the choices for %2 (%3).")
                         .arg(trimmed.toString(), field.translatedTitle(), labels.join(QStringLiteral(", ")));
    return result;
}

const QHash<QString, QString>& ValueConverter::choiceCodes(const ImportField& field) const
{
    auto codes = m_choiceCodes.find(field.key);
    if (codes != m_choiceCodes.end())
        return *codes;
    QHash<QString, QString> words;
    for (const ImportField::Choice& choice : field.choices) {
        // Synonyms first, so that a code or label wins should a synonym of another choice equal it.
        for (const QString& synonym : choice.synonyms)
            words.insert(normalisedWord(synonym), choice.code);
        words.insert(normalisedWord(QCoreApplication::translate("Choices", choice.label)), choice.code);
        words.insert(normalisedWord(QString::fromLatin1(choice.label)), choice.code);
        words.insert(normalisedWord(choice.code), choice.code);
    }
    return *m_choiceCodes.insert(field.key, words);
}

ValueConverter::Result ValueConverter::convert(QStringView text, const ImportField& field, RateScale scale) const
{
    switch (field.type) {
    case ImportValueType::Text:
    case ImportValueType::Email: {
        Result result;
        result.ok = true;
        const QStringView trimmed = text.trimmed();
        if (!trimmed.isEmpty())
            result.value = trimmed.toString();
        return result;
    }
    case ImportValueType::Integer:
        return toInteger(text);
    case ImportValueType::Real:
        return toNumber(text);
    case ImportValueType::Rate:
        return toRate(text, scale);
    case ImportValueType::Date:
        return toDate(text);
    case ImportValueType::Choice:
        return toChoice(text, field);
    case ImportValueType::Boolean:
        return toBoolean(text);
    case ImportValueType::TimeOfDay:
        return toTimeOfDay(text);
    }
    return {};
}

NumberStyle ValueConverter::detectNumberStyle(const QStringList& sample)
{
    int dotVotes = 0;
    int commaVotes = 0;
    for (const QString& text : sample) {
        const NumberText clean = cleanNumberText(text);
        if (!clean.valid || clean.digits.isEmpty())
            continue;
        const NumberReading reading = readNumber(clean.digits);
        if (reading.dotValid && !reading.commaValid)
            ++dotVotes;
        else if (reading.commaValid && !reading.dotValid)
            ++commaVotes;
    }
    if (dotVotes == commaVotes)
        return NumberStyle::Auto;
    return dotVotes > commaVotes ? NumberStyle::DotDecimal : NumberStyle::CommaDecimal;
}

DateOrder ValueConverter::detectDateOrder(const QStringList& sample)
{
    int dayFirstVotes = 0;
    int monthFirstVotes = 0;
    for (const QString& text : sample) {
        const QRegularExpressionMatch match = orderedDatePattern().match(text.trimmed());
        if (!match.hasMatch() || isDashWithShortYear(match))
            continue;
        const int first = match.capturedView(1).toInt();
        const int second = match.capturedView(3).toInt();
        if (first > 12 && second <= 12)
            ++dayFirstVotes;
        else if (second > 12 && first <= 12)
            ++monthFirstVotes;
    }
    if (dayFirstVotes == monthFirstVotes)
        return DateOrder::Auto;
    return dayFirstVotes > monthFirstVotes ? DateOrder::DayMonth : DateOrder::MonthDay;
}

RateScale ValueConverter::detectRateScale(const QStringList& sample, NumberStyle style)
{
    ValueConverter converter;
    converter.setNumberStyle(style);
    for (const QString& text : sample) {
        bool percent = false;
        stripDecoration(text, &percent);
        if (percent)
            continue;
        const Result number = converter.toNumber(text);
        if (number.ok && !number.value.isNull() && number.value.toDouble() > 1)
            return RateScale::Percent;
    }
    return RateScale::Auto;
}

QString ValueConverter::normalisedWord(QStringView text)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    // Decomposing separates accents from their letters, and accents are not letters: "Große" and
    // "grosse" compare equal, like "café" and "cafe".
    const QString decomposed = ascii ? QString() : text.toString().normalized(QString::NormalizationForm_KD);
    const QStringView source = ascii ? text : QStringView(decomposed);
    QString word;
    word.reserve(source.size());
    for (QChar c : source) {
        if (c == u'ß')
            word += QLatin1String("ss");
        else if (c.isLetterOrNumber())
            word += c.toCaseFolded();
    }
    return word;
}

} // namespace mentordesk
