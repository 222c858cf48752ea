// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/FigureKey.h"
#include "analytics/Figures.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QToolButton;
QT_END_NAMESPACE

namespace mentordesk {

class ChartStyle;

/// The frame around one dashboard chart: its title, a line with each group's n, "Computing
/// intervals…" while the bands are still being computed, a "Too few to compare" note when a group
/// is under 10 sellers (the chart itself then draws that group dashed), a note line (a median not
/// reached) and a Save as… menu (PNG, SVG, PDF: ChartExport). The charts derive from it and
/// build their QChart in setFigures(); a click on a point or bar reaches figureClicked().
class ChartPanel : public QFrame {
    Q_OBJECT
public:
    /// Groups under this many sellers are marked "too few to compare".
    static constexpr int kTooFew = 10;
    /// The smallest a chart is drawn (four fit a 1366×768 window's workspace).
    static constexpr int kMinimumWidth = 420;
    static constexpr int kMinimumHeight = 260;

    explicit ChartPanel(const QString& title, QWidget* parent = nullptr);

    /// Draws the figures; `showComparison` false leaves the comparison group out.
    virtual void setFigures(const Figures& figures, bool showComparison) = 0;

    QString title() const;
    QChart* chart() const;
    QChartView* chartView() const { return m_view; }
    QString countsText() const;
    QString noteText() const;
    /// Empty when every group shown has enough sellers.
    QString tooFewText() const;
    bool isComputing() const { return m_computing; }
    void setComputing(bool computing);
    /// Saves the chart without asking (the Save as… menu asks for the file first).
    bool saveAs(int format, const QString& path, QString* error);

Q_SIGNALS:
    /// A point or bar was clicked: the sellers behind `key`, described by `label`.
    void figureClicked(const FigureKey& key, const QString& label);

protected:
    /// A fresh, styled chart in the view (the old one is deleted); the title is the panel's.
    QChart* resetChart();
    ChartStyle style() const;
    void setCountsText(const QString& text);
    void setNoteText(const QString& text);
    void setTooFewText(const QString& text);
    /// Room on the header's right, before the Save button (a metric combo).
    void addHeaderWidget(QWidget* widget);
    /// "Mentored n = 120 · Comparison n = 340 (weighted)" for the groups shown.
    static QString groupCounts(int mentored, std::optional<int> comparison);
    /// Shows `text` as the tooltip at the mouse, or hides it when `text` is empty.
    void showHoverText(const QString& text) const;

private:
    void askAndSave(int format);

    QLabel* m_title;
    QLabel* m_counts;
    QLabel* m_status;
    QLabel* m_tooFew;
    QLabel* m_note;
    QHBoxLayout* m_header;
    QToolButton* m_save;
    QChartView* m_view;
    bool m_computing = false;
};

} // namespace mentordesk
