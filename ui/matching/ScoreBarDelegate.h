// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace mentordesk {

/// Draws a score as a bar (its share of the highest possible score, from
/// MatchProposalModel::ScoreFractionRole) behind the number, so a column of scores reads at a glance.
class ScoreBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ScoreBarDelegate(QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace mentordesk
