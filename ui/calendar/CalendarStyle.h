// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;
class QTime;

namespace mentordesk {

/// How the calendar's views draw a touchpoint: a hue per kind, a fill per status, derived from
/// the widget's palette so that a dark theme keeps text readable. The legend explains the same
/// colours, so the views and the legend cannot disagree.
class CalendarStyle {
public:
    explicit CalendarStyle(const QPalette& palette);

    static QStringList kindCodes();
    static QStringList statusCodes();
    /// The translated label of a kind or status code (the catalogue's choices).
    static QString kindLabel(const QString& code);
    static QString statusLabel(const QString& code);

    /// A time of day as the user's language writes it, without seconds (the C locale's short
    /// format has them).
    static QString timeText(const QTime& time);

    QColor kindColor(const QString& kind) const;
    /// Paints one touchpoint chip: filled when done, a light tint with a border when planned, a
    /// hatched border when missed, faded and struck through when cancelled.
    void paintItem(QPainter* painter, const QRectF& rect, const QString& kind, const QString& status,
                   const QString& text, bool selected) const;

private:
    QColor fillColor(const QString& kind, const QString& status) const;

    QPalette m_palette;
    bool m_dark;
};

} // namespace mentordesk
