// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreBarDelegate.h"

#include "itemmodels/MatchProposalModel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace mentordesk {

ScoreBarDelegate::ScoreBarDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

void ScoreBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant fraction = index.data(MatchProposalModel::ScoreFractionRole);
    if (!index.data(MatchProposalModel::MatchedRole).toBool() || !fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget* widget = item.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // The row's background (and selection) first, then the bar, then the number on top.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);
    const bool selected = item.state & QStyle::State_Selected;
    const QRect area = item.rect.adjusted(3, 4, -3, -4);
    QRect bar = area;
    bar.setWidth(int(area.width() * std::clamp(fraction.toDouble(), 0.0, 1.0)));
    QColor colour = selected ? item.palette.color(QPalette::HighlightedText) : item.palette.color(QPalette::Highlight);
    colour.setAlpha(selected ? 90 : 80);
    painter->save();
    painter->fillRect(bar, colour);
    painter->setPen(item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area.adjusted(2, 0, -2, 0), int(Qt::AlignRight | Qt::AlignVCenter), item.text);
    painter->restore();
}

} // namespace mentordesk
