// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarPrinter.h"

#include "calendar/TouchpointRangeModel.h"
#include "CalendarLegend.h"
#include "CalendarWorkspace.h"

#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <array>

namespace mentordesk {

namespace {

/// The list's printed columns and their share of the page width.
struct PrintedColumn {
    int column;
    double share;
};
constexpr std::array<PrintedColumn, 6> kListColumns = {{{TouchpointRangeModel::When, 0.18},
                                                        {TouchpointRangeModel::Kind, 0.14},
                                                        {TouchpointRangeModel::Status, 0.1},
                                                        {TouchpointRangeModel::Mentor, 0.18},
                                                        {TouchpointRangeModel::Mentee, 0.18},
                                                        {TouchpointRangeModel::Title, 0.22}}};

/// Draws the heading (period, filter, count and clock) and returns where the content begins.
int drawHeading(QPainter* painter, const CalendarWorkspace& workspace, const QRect& page)
{
    QFont title = painter->font();
    title.setPointSizeF(14);
    title.setBold(true);
    painter->setFont(title);
    const int titleHeight = painter->fontMetrics().height();
    painter->drawText(QRect(page.left(), page.top(), page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      CalendarPrinter::tr("Calendar: %1").arg(workspace.periodText()));
    QFont body = title;
    body.setPointSizeF(9);
    body.setBold(false);
    painter->setFont(body);
    const QString filter = workspace.filterText();
    const QString zone = QString::fromUtf8(workspace.model()->displayZone().id());
    const QString line =
        CalendarPrinter::tr("%1 · %2 · times on the program's clock (%3)", "filter · count · zone")
            .arg(filter.isEmpty() ? CalendarPrinter::tr("The whole program") : filter, workspace.countText(), zone);
    const int lineHeight = painter->fontMetrics().height();
    painter->drawText(QRect(page.left(), page.top() + titleHeight, page.width(), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, line);
    return page.top() + titleHeight + 2 * lineHeight;
}

void drawPageNumber(QPainter* painter, const QRect& page, int number)
{
    painter->drawText(QRect(page.left(), page.bottom() - painter->fontMetrics().height(), page.width(),
                            painter->fontMetrics().height()),
                      Qt::AlignRight | Qt::AlignVCenter, CalendarPrinter::tr("Page %1").arg(number));
}

/// The week agenda or month grid as drawn on screen, scaled to fit, with the legend under it.
int printView(QPainter* painter, const CalendarWorkspace& workspace, const QRect& page, int top)
{
    QWidget* view = workspace.currentView();
    const QWidget* legend = workspace.findChild<CalendarLegend*>();
    const int legendHeight = legend ? legend->height() : 0;
    const QSize source(view->width(), view->height() + legendHeight);
    const double scale = std::min(double(page.width()) / std::max(1, source.width()),
                                  double(page.bottom() - top) / std::max(1, source.height()));
    painter->save();
    painter->translate(page.left(), top);
    painter->scale(scale, scale);
    view->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    if (legend) {
        painter->translate(0, view->height());
        const_cast<QWidget*>(legend)->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    painter->restore();
    return 1;
}

/// The list as a table, its header on every page.
int printList(QPainter* painter, QPagedPaintDevice* device, const CalendarWorkspace& workspace, const QRect& page,
              int top)
{
    const TouchpointRangeModel* model = workspace.model();
    const int rowHeight = painter->fontMetrics().height() * 13 / 10;
    const int bottom = page.bottom() - 2 * painter->fontMetrics().height();
    auto drawRow = [&](int y, auto text) {
        int x = page.left();
        for (const PrintedColumn& column : kListColumns) {
            const int width = int(page.width() * column.share);
            painter->drawText(QRect(x, y, width - 8, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                              painter->fontMetrics().elidedText(text(column.column), Qt::ElideRight, width - 8));
            x += width;
        }
    };
    auto drawHeader = [&](int y) {
        QFont bold = painter->font();
        bold.setBold(true);
        painter->save();
        painter->setFont(bold);
        drawRow(y, [&](int column) { return model->headerData(column, Qt::Horizontal).toString(); });
        painter->restore();
        painter->drawLine(page.left(), y + rowHeight, page.right(), y + rowHeight);
        return y + rowHeight + 2;
    };
    int pages = 1;
    int y = drawHeader(top);
    const int rows = std::min(model->rowCount(), CalendarPrinter::kMaximumListRows);
    for (int row = 0; row < rows; ++row) {
        if (y + rowHeight > bottom) {
            drawPageNumber(painter, page, pages);
            device->newPage();
            ++pages;
            y = drawHeader(page.top());
        }
        drawRow(y, [&](int column) { return model->index(row, column).data().toString(); });
        y += rowHeight;
    }
    if (model->rowCount() > rows) {
        const int left = model->rowCount() - rows;
        painter->drawText(
            QRect(page.left(), y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            CalendarPrinter::tr("… and %n more; narrow the filter or the period to print them.", nullptr, left));
    }
    drawPageNumber(painter, page, pages);
    return pages;
}

} // namespace

int CalendarPrinter::print(const CalendarWorkspace& workspace, QPagedPaintDevice* device)
{
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const QRect page = painter.viewport();
    const int top = drawHeading(&painter, workspace, page);
    if (workspace.mode() == CalendarWorkspace::Mode::List)
        return printList(&painter, device, workspace, page, top);
    return printView(&painter, workspace, page, top);
}

} // namespace mentordesk
