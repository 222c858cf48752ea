// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarStyle.h"

#include "domain/FieldCatalogue.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QTime>

#include <algorithm>

namespace mentordesk {

namespace {

QString choiceLabel(FieldId field, const QString& code)
{
    for (const Choice& choice : catalogueField(field).choices) {
        if (choice.code == code)
            return QCoreApplication::translate("Choices", choice.label);
    }
    return code;
}

QStringList choiceCodes(FieldId field)
{
    QStringList codes;
    for (const Choice& choice : catalogueField(field).choices)
        codes << choice.code;
    return codes;
}

QColor mix(const QColor& a, const QColor& b, double shareOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - shareOfB) + b.redF() * shareOfB),
                            float(a.greenF() * (1 - shareOfB) + b.greenF() * shareOfB),
                            float(a.blueF() * (1 - shareOfB) + b.blueF() * shareOfB));
}

} // namespace

CalendarStyle::CalendarStyle(const QPalette& palette)
    : m_palette(palette)
    , m_dark(palette.color(QPalette::Base).lightnessF() < 0.5)
{
}

QStringList CalendarStyle::kindCodes()
{
    return choiceCodes(FieldId::TouchpointKind);
}

QStringList CalendarStyle::statusCodes()
{
    return choiceCodes(FieldId::TouchpointStatus);
}

QString CalendarStyle::kindLabel(const QString& code)
{
    return choiceLabel(FieldId::TouchpointKind, code);
}

QString CalendarStyle::statusLabel(const QString& code)
{
    return choiceLabel(FieldId::TouchpointStatus, code);
}

QString CalendarStyle::timeText(const QTime& time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    return locale.toString(time, format);
}

QColor CalendarStyle::kindColor(const QString& kind) const
{
    // Hues far apart on the wheel; lightness picked against the palette's base so chips stand out
    // on a light and on a dark background alike.
    static const QStringList kinds = kindCodes();
    static const int hues[] = {210, 140, 35, 285};
    const int index = std::max(0, int(kinds.indexOf(kind)));
    const int hue = hues[index % 4];
    return m_dark ? QColor::fromHsl(hue, 150, 150) : QColor::fromHsl(hue, 170, 95);
}

QColor CalendarStyle::fillColor(const QString& kind, const QString& status) const
{
    const QColor base = m_palette.color(QPalette::Base);
    const QColor hue = kindColor(kind);
    if (status == QLatin1String("done"))
        return hue;
    if (status == QLatin1String("cancelled"))
        return mix(base, m_palette.color(QPalette::Mid), 0.35);
    return mix(base, hue, 0.3);
}

void CalendarStyle::paintItem(QPainter* painter, const QRectF& rect, const QString& kind, const QString& status,
                              const QString& text, bool selected) const
{
    const QColor hue = kindColor(kind);
    const QColor fill = fillColor(kind, status);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    if (status == QLatin1String("missed")) {
        painter->setBrush(QBrush(hue, Qt::BDiagPattern));
        painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }
    // A bar on the left in the kind's colour keeps the kind visible whatever the status's fill.
    painter->setBrush(hue);
    painter->drawRect(QRectF(rect.left(), rect.top(), 3, rect.height()));
    QPen border(selected ? m_palette.color(QPalette::Highlight) : hue, selected ? 2 : 1);
    if (status == QLatin1String("missed"))
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);

    // Text colour from the fill's lightness, not from the palette: a done chip is saturated.
    const QColor textColor = fill.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(Qt::black);
    QFont font = painter->font();
    font.setStrikeOut(status == QLatin1String("cancelled"));
    painter->setFont(font);
    painter->setPen(status == QLatin1String("cancelled") ? m_palette.color(QPalette::PlaceholderText) : textColor);
    const QRectF textRect = rect.adjusted(6, 0, -2, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      painter->fontMetrics().elidedText(
                          text, Qt::ElideRight,
                          int(textRect.width() * std::max(1.0, textRect.height() / painter->fontMetrics().height()))));
    painter->restore();
}

} // namespace mentordesk
