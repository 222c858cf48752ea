// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldSpec.h"

#include "EmailAddress.h"
#include "TimeOfDay.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mentordesk {

namespace {

bool isEmpty(const QVariant& value)
{
    return value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty());
}

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

/// A range's end as the field shows its values.
QString formatBound(const FieldSpec& field, double value)
{
    return field.type == FieldType::TimeOfDay ? TimeOfDay::format(int(value)) : formatNumber(value, field.decimals);
}

/// Whether the group separators of `text` group thousands, as in "1,234,567.5": the first group
/// has one to three digits, every later one exactly three.
bool groupsThousands(QString text, const QLocale& locale)
{
    if (text.startsWith(locale.negativeSign()) || text.startsWith(locale.positiveSign()))
        text.remove(0, 1);
    const QString integerPart = text.section(locale.decimalPoint(), 0, 0);
    const QStringList groups = integerPart.split(locale.groupSeparator());
    for (int i = 0; i < groups.size(); ++i) {
        const QString& group = groups.at(i);
        const bool sized = i == 0 ? group.size() >= 1 && group.size() <= 3 : group.size() == 3;
        if (!sized || !std::all_of(group.cbegin(), group.cend(), [](QChar c) { return c.isDigit(); }))
            return false;
    }
    return true;
}

/// Reads a number the way the user's language writes it. A group separator counts only where it
/// groups thousands: "1,5" in English or "1.5" in German could be one and a half or fifteen, so it
/// is not read at all rather than read as fifteen.
bool readNumber(const QString& text, double* number)
{
    const QLocale locale;
    QLocale strict = locale;
    strict.setNumberOptions(locale.numberOptions() | QLocale::RejectGroupSeparator);
    bool ok = false;
    *number = strict.toDouble(text, &ok);
    if (ok)
        return true;
    if (text.contains(locale.groupSeparator())) {
        if (!groupsThousands(text, locale))
            return false;
        *number = locale.toDouble(text, &ok);
        return ok;
    }
    // Digits with a point where the language writes a comma and has no point at all in numbers.
    *number = text.toDouble(&ok);
    return ok;
}

/// The user's language's short date format with the year in four digits: a two-digit year
/// ("3/31/26") would have to be guessed, and a guessed century is a silently wrong value.
QString fourDigitYearFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

/// A date as typed: ISO 8601 (2026-03-31, what cells show) or the user's language's short format
/// with a four-digit year. Anything else — "-5", "31.3.", "3/31/26" — is not read at all.
QDate readDate(const QString& text)
{
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    if (iso.isValid())
        return iso;
    const QLocale locale;
    return locale.toDate(text, fourDigitYearFormat(locale));
}

} // namespace

QString FieldSpec::translatedTitle() const
{
    return QCoreApplication::translate("Fields", title);
}

QString FieldSpec::choiceLabel(const QString& code) const
{
    for (const Choice& choice : choices) {
        if (choice.code == code)
            return QCoreApplication::translate("Choices", choice.label);
    }
    return code;
}

QString FieldSpec::codeListText(const QStringList& items) const
{
    QVector<std::pair<qsizetype, QString>> shown;
    for (const QString& item : items) {
        const QString code = item.section(QLatin1Char(':'), 0, 0).trimmed();
        if (code.isEmpty())
            continue;
        const auto choice = std::find_if(choices.cbegin(), choices.cend(),
                                         [&code](const Choice& candidate) { return candidate.code == code; });
        QString label = choice != choices.cend() ? QCoreApplication::translate("Choices", choice->label) : code;
        if (choice == choices.cend()) {
            const QLocale::Language language = QLocale::codeToLanguage(code, QLocale::ISO639Part1);
            if (language != QLocale::AnyLanguage)
                label = QLocale::languageToString(language);
        }
        const QString level = item.section(QLatin1Char(':'), 1).trimmed();
        if (!level.isEmpty())
            label = QCoreApplication::translate("FieldSpec", "%1 %2/5", "skill, level").arg(label, level);
        shown.append({choice - choices.cbegin(), label});
    }
    // The rows come in any order; the catalogue's (then the labels' of unknown codes) keeps a list
    // the same wherever it is shown.
    std::sort(shown.begin(), shown.end());
    QStringList labels;
    for (const auto& entry : std::as_const(shown))
        labels << entry.second;
    return labels.join(QStringLiteral(", "));
}

QString FieldSpec::validate(const QVariant& value, QVariant* normalised) const
{
    if (isEmpty(value)) {
        if (required)
            return QCoreApplication::translate("FieldSpec", "%1 is required.").arg(translatedTitle());
        // Text columns are NOT NULL: an empty text is stored as '' (a null QString would bind NULL).
        if (type == FieldType::Text || type == FieldType::Email || type == FieldType::CodeList)
            *normalised = QStringLiteral("");
        else if (type == FieldType::Boolean)
            *normalised = 0; // booleans are NOT NULL: empty means "no"
        else
            *normalised = QVariant();
        return {};
    }

    switch (type) {
    case FieldType::Text:
    case FieldType::CodeList: // edited as lists (ProgramEditor::setListField), never as a cell
        *normalised = value.toString().trimmed();
        return {};
    case FieldType::Email: {
        const QString address = value.toString().trimmed();
        if (!isValidEmail(address))
            return QCoreApplication::translate("FieldSpec",
                                               "“%1” is not a valid e-mail address; use the form name@example.com.")
                .arg(address);
        *normalised = address;
        return {};
    }
    case FieldType::Integer:
    case FieldType::Real: {
        bool ok = false;
        double number = 0;
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString().trimmed();
            ok = readNumber(text, &number);
            const QLocale locale;
            if (!ok && text.contains(locale.groupSeparator()))
                return QCoreApplication::translate(
                           "FieldSpec", "“%1” is not a number as this language writes it: decimals follow “%2” "
                                        "(for example %3), and “%4” only groups thousands.")
                    .arg(text, locale.decimalPoint(), locale.toString(1.5, 'f', 1), locale.groupSeparator());
        } else {
            number = value.toDouble(&ok);
        }
        if (!ok || std::isnan(number))
            return QCoreApplication::translate("FieldSpec", "“%1” is not a number.").arg(value.toString());
        if (hasRange && (number < minimum || number > maximum || (minimumExclusive && number == minimum)))
            return QCoreApplication::translate("FieldSpec", "%1 must be between %2 and %3.")
                .arg(translatedTitle(), formatBound(*this, minimum), formatBound(*this, maximum));
        if (!std::isfinite(number))
            return QCoreApplication::translate("FieldSpec", "“%1” is not a number.").arg(value.toString());
        if (type == FieldType::Integer && number != std::trunc(number))
            return QCoreApplication::translate("FieldSpec", "%1 must be a whole number.").arg(translatedTitle());
        *normalised = type == FieldType::Integer ? QVariant(static_cast<qint64>(number)) : QVariant(number);
        return {};
    }
    case FieldType::TimeOfDay:
        return validateTimeOfDay(value, normalised);
    case FieldType::Date: {
        const QDate date = value.typeId() == QMetaType::QDate ? value.toDate() : readDate(value.toString().trimmed());
        if (!date.isValid()) {
            const QLocale locale;
            const QDate example(2026, 3, 31);
            return QCoreApplication::translate("FieldSpec",
                                               "“%1” is not a calendar date; write it as %2 or 2026-03-31.")
                .arg(value.toString(), locale.toString(example, fourDigitYearFormat(locale)));
        }
        *normalised = date.toString(Qt::ISODate);
        return {};
    }
    case FieldType::Choice: {
        const QString code = value.toString();
        for (const Choice& choice : choices) {
            if (choice.code == code) {
                *normalised = code;
                return {};
            }
        }
        return QCoreApplication::translate("FieldSpec", "“%1” is not one of the choices for %2.")
            .arg(code, translatedTitle());
    }
    case FieldType::Boolean:
        *normalised = value.toBool() ? 1 : 0;
        return {};
    }
    return {};
}

QString FieldSpec::validateTimeOfDay(const QVariant& value, QVariant* normalised) const
{
    int minutes = 0;
    if (value.typeId() == QMetaType::QString) {
        const TimeOfDay::Reading reading = TimeOfDay::parse(value.toString());
        if (!reading.ok())
            return reading.problem;
        minutes = reading.minutes;
    } else {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || number != std::trunc(number))
            return TimeOfDay::parse(value.toString()).problem;
        minutes = int(number);
    }
    if (hasRange)
        minutes = TimeOfDay::midnightInRange(minutes, minimum, maximum);
    if (hasRange && (minutes < minimum || minutes > maximum))
        return QCoreApplication::translate("FieldSpec", "%1 must be between %2 and %3.")
            .arg(translatedTitle(), formatBound(*this, minimum), formatBound(*this, maximum));
    *normalised = qint64(minutes);
    return {};
}

QString FieldSpec::displayText(const QVariant& stored) const
{
    if (stored.isNull())
        return {};
    switch (type) {
    case FieldType::Choice:
        return choiceLabel(stored.toString());
    case FieldType::Integer:
        return QLocale().toString(stored.toLongLong());
    case FieldType::Real:
        return formatNumber(stored.toDouble(), decimals);
    case FieldType::TimeOfDay:
        return TimeOfDay::format(stored.toInt());
    case FieldType::CodeList:
        return codeListText(stored.toString().split(QLatin1Char(',')));
    case FieldType::Date: {
        const QDate date = QDate::fromString(stored.toString(), Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : stored.toString();
    }
    case FieldType::Boolean:
        return stored.toBool() ? QCoreApplication::translate("FieldSpec", "Yes")
                               : QCoreApplication::translate("FieldSpec", "No");
    case FieldType::Text:
    case FieldType::Email:
        break;
    }
    return stored.toString();
}

QString FieldSpec::editText(const QVariant& stored) const
{
    if (stored.isNull())
        return {};
    switch (type) {
    case FieldType::Integer:
    case FieldType::Real: {
        QLocale locale;
        locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        return type == FieldType::Integer ? locale.toString(stored.toLongLong())
                                          : locale.toString(stored.toDouble(), 'f', decimals);
    }
    case FieldType::Choice:
    case FieldType::TimeOfDay:
    case FieldType::CodeList:
    case FieldType::Date:
    case FieldType::Boolean:
        return displayText(stored);
    case FieldType::Text:
    case FieldType::Email:
        break;
    }
    return stored.toString();
}

QString FieldSpec::plausibilityWarning(const QVariant& normalised) const
{
    if (!isNumeric() || normalised.isNull() || plausibleMaximum <= plausibleMinimum)
        return {};
    const double number = normalised.toDouble();
    if (number >= plausibleMinimum && number <= plausibleMaximum)
        return {};
    return QCoreApplication::translate("FieldSpec", "%1 of %2 is unusual: values are usually between %3 and %4. "
                                                    "Keep %2?")
        .arg(translatedTitle(), displayText(normalised), formatNumber(plausibleMinimum, decimals),
             formatNumber(plausibleMaximum, decimals));
}

} // namespace mentordesk
