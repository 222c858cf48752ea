// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPanel.h"

#include "ChartExport.h"
#include "ChartStyle.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QToolTip>

namespace mentordesk {

ChartPanel::ChartPanel(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_counts(new QLabel(this))
    , m_status(new QLabel(this))
    , m_tooFew(new QLabel(this))
    , m_note(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_save(new QToolButton(this))
    , m_view(new QChartView(this))
{
    setFrameShape(QFrame::StyledPanel);
    setMinimumSize(kMinimumWidth, kMinimumHeight);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_counts->setObjectName(QStringLiteral("chartCounts"));
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_status->setText(tr("Computing intervals…"));
    m_status->hide();
    m_tooFew->setObjectName(QStringLiteral("chartTooFew"));
    m_tooFew->setWordWrap(true);
    m_tooFew->hide();
    m_note->setObjectName(QStringLiteral("chartNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    QPalette warning = m_tooFew->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x5a, 0x00));
    m_tooFew->setPalette(warning);

    m_save->setText(tr("Save as…"));
    m_save->setPopupMode(QToolButton::InstantPopup);
    m_save->setAutoRaise(true);
    auto* menu = new QMenu(m_save);
    menu->addAction(tr("PNG Image…"), this, [this] { askAndSave(int(ChartExport::Format::Png)); });
    menu->addAction(tr("SVG Drawing…"), this, [this] { askAndSave(int(ChartExport::Format::Svg)); });
    menu->addAction(tr("PDF Document…"), this, [this] { askAndSave(int(ChartExport::Format::Pdf)); });
    m_save->setMenu(menu);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(kMinimumWidth - 20, kMinimumHeight - 80);

    m_header->addWidget(m_title, 1);
    m_header->addWidget(m_save);
    auto* lines = new QHBoxLayout;
    lines->addWidget(m_counts, 1);
    lines->addWidget(m_status);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(m_header);
    layout->addLayout(lines);
    layout->addWidget(m_tooFew);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    resetChart();
}

QString ChartPanel::title() const
{
    return m_title->text();
}

QChart* ChartPanel::chart() const
{
    return m_view->chart();
}

QString ChartPanel::countsText() const
{
    return m_counts->text();
}

QString ChartPanel::noteText() const
{
    return m_note->text();
}

QString ChartPanel::tooFewText() const
{
    return m_tooFew->text();
}

void ChartPanel::setComputing(bool computing)
{
    m_computing = computing;
    m_status->setVisible(computing);
}

QChart* ChartPanel::resetChart()
{
    QChart* old = m_view->chart();
    auto* chart = new QChart;
    style().apply(chart);
    m_view->setChart(chart);
    delete old; // setChart() leaves the old chart to its owner
    return chart;
}

ChartStyle ChartPanel::style() const
{
    return ChartStyle(palette());
}

void ChartPanel::setCountsText(const QString& text)
{
    m_counts->setText(text);
}

void ChartPanel::setNoteText(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ChartPanel::setTooFewText(const QString& text)
{
    m_tooFew->setText(text);
    m_tooFew->setVisible(!text.isEmpty());
}

void ChartPanel::addHeaderWidget(QWidget* widget)
{
    m_header->insertWidget(m_header->count() - 1, widget);
}

QString ChartPanel::groupCounts(int mentored, std::optional<int> comparison)
{
    if (!comparison)
        return tr("Mentored n = %1").arg(QLocale().toString(mentored));
    return tr("Mentored n = %1 · Comparison n = %2").arg(QLocale().toString(mentored), QLocale().toString(*comparison));
}

void ChartPanel::showHoverText(const QString& text) const
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

bool ChartPanel::saveAs(int format, const QString& path, QString* error)
{
    return ChartExport::save(m_view, ChartExport::Format(format), path, title(), error);
}

void ChartPanel::askAndSave(int format)
{
    const auto chosen = ChartExport::Format(format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save Chart"), QDir(folder).filePath(title() + QLatin1Char('.') + ChartExport::suffix(chosen)),
        ChartExport::fileFilter(chosen));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveAs(format, path, &error))
        QMessageBox::warning(this, tr("Chart not saved"), error);
}

} // namespace mentordesk
