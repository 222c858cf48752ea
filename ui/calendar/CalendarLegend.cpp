// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarLegend.h"

#include "CalendarStyle.h"

#include <QPainter>

#include <algorithm>

namespace mentordesk {

namespace {

constexpr int kSwatchWidth = 26;
constexpr int kGap = 14;

} // namespace

CalendarLegend::CalendarLegend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("calendarLegend"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize CalendarLegend::sizeHint() const
{
    return {600, 2 * (fontMetrics().height() + 6)};
}

void CalendarLegend::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const CalendarStyle style(palette());
    const int line = fontMetrics().height() + 6;
    auto paintRow = [&](int top, const QString& heading, const QStringList& codes, bool byKind) {
        int x = 0;
        painter.setPen(palette().color(QPalette::WindowText));
        const int headingWidth = fontMetrics().horizontalAdvance(heading) + 8;
        painter.drawText(QRect(x, top, headingWidth, line), Qt::AlignVCenter, heading);
        x += std::max(headingWidth, 60);
        for (const QString& code : codes) {
            const QString label = byKind ? CalendarStyle::kindLabel(code) : CalendarStyle::statusLabel(code);
            // Kinds are shown as done (their full colour); statuses on the first kind.
            style.paintItem(&painter, QRectF(x, top + 3, kSwatchWidth, line - 6),
                            byKind ? code : CalendarStyle::kindCodes().value(0), byKind ? QStringLiteral("done") : code,
                            QString(), false);
            x += kSwatchWidth + 4;
            painter.setPen(palette().color(QPalette::WindowText));
            const int labelWidth = fontMetrics().horizontalAdvance(label);
            painter.drawText(QRect(x, top, labelWidth + 2, line), Qt::AlignVCenter, label);
            x += labelWidth + kGap;
        }
    };
    paintRow(0, tr("Kind:"), CalendarStyle::kindCodes(), true);
    paintRow(line, tr("Status:"), CalendarStyle::statusCodes(), false);
}

} // namespace mentordesk
