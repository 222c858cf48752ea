// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/FigureKey.h"
#include "analytics/Figures.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace mentordesk {

/// One key figure of the Overview: its mentored value large, with the 95 % interval and n, then
/// the comparison group's value and the difference (mentored − comparison) with its interval.
/// A click asks for the sellers the figure is computed over.
class KpiTile : public QFrame {
    Q_OBJECT
public:
    /// `metric`: a MetricKey.
    explicit KpiTile(const QString& metric, QWidget* parent = nullptr);

    void setFigures(const Figures& figures, bool showComparison);
    QString metric() const { return m_metric; }
    QString valueText() const;
    QString detailText() const;
    QString comparisonText() const;

    /// A figure's value as the tile writes it: days, a percentage, money or a score.
    static QString formatValue(const QString& metric, double value, bool signedChange = false);

Q_SIGNALS:
    void figureClicked(const FigureKey& key, const QString& label);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QString intervalText(const Figure& figure) const;
    QString figureText(const Figure* figure, bool signedChange) const;

    QString m_metric;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
    QLabel* m_comparison;
};

} // namespace mentordesk
