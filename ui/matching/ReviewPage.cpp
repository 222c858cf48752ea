// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPage.h"

#include "editing/ProgramEditor.h"
#include "itemmodels/MatchProposalModel.h"
#include "matchjob/MatchRunRepository.h"
#include "MatchRunner.h"
#include "MatchWizard.h"
#include "RunComparisonDialog.h"
#include "ScoreBarDelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mentordesk {

namespace {

QString htmlList(const QStringList& lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left: -20px\">");
    for (const QString& line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

ReviewPage::ReviewPage(MatchWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_headline(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_explanation(new QTextBrowser(this))
    , m_poll(new QTimer(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Pin (P) or forbid (F) pairs, swap two mentors, then re-solve the rest; Enter explains a row."));

    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_notice->setObjectName(QStringLiteral("reviewNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();

    setUpTable();

    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setAccessibleName(tr("Explanation"));
    m_explanation->setOpenLinks(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    // The table wants the room for its "why unmatched" column; the panel wraps its lines.
    splitter->setSizes({700, 340});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(createActions());
    layout->addWidget(createResolveBar());
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);

    addShortcuts();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateExplanation();
        updateActions();
    });
    connect(wizard->proposals(), &QAbstractItemModel::modelReset, this, [this] {
        updateHeadline();
        updateExplanation();
        updateActions();
    });
    m_poll->setInterval(MatchRunner::kPollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, [this] { m_resolveProgress->setValue(m_wizard->runner()->percent()); });
    connect(wizard->runner(), &MatchRunner::finished, this, [this] {
        if (m_resolving)
            resolveFinished();
    });
    connect(wizard, &MatchWizard::runCancelRequested, this, &ReviewPage::cancelResolve);
}

void ReviewPage::addShortcuts()
{
    // Plain keys on the table only, so they never fire while typing elsewhere.
    const auto shortcut = [this](QKeySequence key, void (ReviewPage::*slot)()) {
        auto* action = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(action, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_P), &ReviewPage::pinSelected);
    shortcut(QKeySequence(Qt::Key_F), &ReviewPage::forbidSelected);
    shortcut(QKeySequence(Qt::Key_Return), &ReviewPage::showExplanation);
    shortcut(QKeySequence(Qt::Key_Enter), &ReviewPage::showExplanation);
}

void ReviewPage::setUpTable()
{
    m_sorted->setSourceModel(m_wizard->proposals());
    m_sorted->setSortRole(MatchProposalModel::SortRole);
    m_sorted->setFilterRole(MatchProposalModel::MatchedRole);
    m_sorted->setFilterKeyColumn(0);
    m_table->setObjectName(QStringLiteral("proposalTable"));
    m_table->setAccessibleName(tr("Proposed pairs"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setItemDelegateForColumn(MatchProposalModel::Score, new ScoreBarDelegate(m_table));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QVector<int> widths{100, 120, 70, 110, 75, 80};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
}

QWidget* ReviewPage::createActions()
{
    auto* bar = new QWidget(this);
    m_pin = new QPushButton(tr("&Pin"), bar);
    m_pin->setObjectName(QStringLiteral("pinButton"));
    m_pin->setToolTip(tr("Keep this pair in every re-solve (P); again to unpin."));
    m_forbid = new QPushButton(tr("&Forbid"), bar);
    m_forbid->setObjectName(QStringLiteral("forbidButton"));
    m_forbid->setToolTip(tr("Never pair this mentee with this mentor (F); again to allow."));
    m_swap = new QPushButton(tr("S&wap Mentors"), bar);
    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_swap->setToolTip(tr("Give each of the two selected mentees the other's mentor (both pairs are pinned)."));
    m_resolve = new QPushButton(tr("&Re-solve"), bar);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_resolve->setToolTip(tr("Match the rest again, keeping the pins and forbids."));
    m_compare = new QPushButton(tr("C&ompare with Previous Run"), bar);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_onlyUnmatched = new QCheckBox(tr("Show only &unmatched"), bar);
    m_onlyUnmatched->setObjectName(QStringLiteral("onlyUnmatched"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton* button : {m_pin, m_forbid, m_swap, m_resolve, m_compare})
        layout->addWidget(button);
    layout->addStretch(1);
    layout->addWidget(m_onlyUnmatched);
    connect(m_pin, &QPushButton::clicked, this, &ReviewPage::pinSelected);
    connect(m_forbid, &QPushButton::clicked, this, &ReviewPage::forbidSelected);
    connect(m_swap, &QPushButton::clicked, this, &ReviewPage::swapSelected);
    connect(m_resolve, &QPushButton::clicked, this, &ReviewPage::resolve);
    connect(m_compare, &QPushButton::clicked, this, &ReviewPage::compareWithPrevious);
    connect(m_onlyUnmatched, &QCheckBox::toggled, this,
            [this](bool only) { m_sorted->setFilterFixedString(only ? QStringLiteral("false") : QString()); });
    return bar;
}

QWidget* ReviewPage::createResolveBar()
{
    m_resolveBar = new QWidget(this);
    m_resolveProgress = new QProgressBar(m_resolveBar);
    m_resolveProgress->setObjectName(QStringLiteral("resolveProgress"));
    m_resolveProgress->setRange(0, 100);
    m_resolveProgress->setAccessibleName(tr("Progress of the re-solve"));
    auto* cancel = new QPushButton(tr("Cancel Re-solve"), m_resolveBar);
    cancel->setObjectName(QStringLiteral("cancelResolveButton"));
    auto* layout = new QHBoxLayout(m_resolveBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Re-solving…"), m_resolveBar));
    layout->addWidget(m_resolveProgress, 1);
    layout->addWidget(cancel);
    connect(cancel, &QPushButton::clicked, this, &ReviewPage::cancelResolve);
    m_resolveBar->hide();
    return m_resolveBar;
}

void ReviewPage::initializePage()
{
    m_choicesPending = false;
    m_notice->hide();
    updateHeadline();
    updateActions();
    if (m_sorted->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
}

void ReviewPage::cleanupPage()
{
    if (m_resolving) {
        m_resolving = false;
        m_wizard->runner()->cancelAndWait();
        m_poll->stop();
        m_resolveBar->hide();
        m_wizard->setBusy(false);
    }
    QWizardPage::cleanupPage();
}

bool ReviewPage::isComplete() const
{
    const MatchOutcome* outcome = m_wizard->proposals()->outcome();
    return outcome && outcome->result.matched > 0 && !m_resolving && !m_choicesPending;
}

QString ReviewPage::headline() const
{
    return m_headline->text();
}

QString ReviewPage::explanationText() const
{
    return m_explanation->toPlainText();
}

QString ReviewPage::noticeText() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

QVector<int> ReviewPage::selectedSourceRows() const
{
    QVector<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << m_sorted->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ReviewPage::pinSelected()
{
    bool changed = false;
    for (int row : selectedSourceRows())
        changed = m_wizard->proposals()->togglePin(row) || changed;
    if (changed)
        choicesChanged();
}

void ReviewPage::forbidSelected()
{
    bool changed = false;
    for (int row : selectedSourceRows())
        changed = m_wizard->proposals()->toggleForbid(row) || changed;
    if (changed)
        choicesChanged();
}

void ReviewPage::swapSelected()
{
    const QVector<int> rows = selectedSourceRows();
    if (rows.size() == 2 && m_wizard->proposals()->swapMentors(rows.at(0), rows.at(1)))
        choicesChanged();
}

void ReviewPage::choicesChanged()
{
    m_choicesPending = true;
    m_notice->setText(tr("Re-solve to apply your pins and forbids before you commit."));
    m_notice->show();
    updateExplanation();
    updateActions();
    Q_EMIT completeChanged();
}

void ReviewPage::updateActions()
{
    const QVector<int> rows = selectedSourceRows();
    const MatchProposalModel* proposals = m_wizard->proposals();
    const auto matched = [proposals](int row) {
        return proposals->data(proposals->index(row, 0), MatchProposalModel::MatchedRole).toBool();
    };
    const bool anyMatched = std::any_of(rows.cbegin(), rows.cend(), matched);
    const bool idle = !m_resolving;
    m_pin->setEnabled(idle && anyMatched);
    m_forbid->setEnabled(idle && anyMatched);
    m_swap->setEnabled(idle && rows.size() == 2 && matched(rows.at(0)) && matched(rows.at(1)));
    m_resolve->setEnabled(idle && proposals->outcome());
    m_compare->setEnabled(idle && m_wizard->previousRunId() != 0);
}

void ReviewPage::updateHeadline()
{
    m_headline->setText(m_wizard->proposals()->headline());
}

void ReviewPage::showExplanation()
{
    updateExplanation();
    m_explanation->setFocus();
}

void ReviewPage::updateExplanation()
{
    const QVector<int> rows = selectedSourceRows();
    const MatchProposalModel* proposals = m_wizard->proposals();
    if (rows.isEmpty() || !proposals->explanation(rows.constFirst())) {
        m_explanation->setPlainText(tr("Select a mentee to see why they got their mentor, or none."));
        return;
    }
    const int row = rows.constFirst();
    const QString mentee = proposals->data(proposals->index(row, MatchProposalModel::MenteeId)).toString();
    const QString shop = proposals->data(proposals->index(row, MatchProposalModel::Shop)).toString();
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(tr("%1 %2", "mentee ID and shop").arg(mentee, shop).toHtmlEscaped(),
                            proposals->sentence(row).toHtmlEscaped());
    const QString marks = proposals->data(proposals->index(row, MatchProposalModel::Marks)).toString();
    if (!marks.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(marks.toHtmlEscaped());
    const QStringList factors = proposals->factorLines(row);
    if (!factors.isEmpty())
        html += QStringLiteral("<h4>%1</h4>%2").arg(tr("Factors").toHtmlEscaped(), htmlList(factors));
    const QStringList alternatives = proposals->alternativeLines(row);
    if (!alternatives.isEmpty())
        html += QStringLiteral("<h4>%1</h4>%2").arg(tr("Other mentors").toHtmlEscaped(), htmlList(alternatives));
    m_explanation->setHtml(html);
}

void ReviewPage::resolve()
{
    if (m_resolving || m_wizard->runner()->isRunning())
        return;
    m_resolving = true;
    m_notice->hide();
    m_resolveProgress->setValue(0);
    m_resolveBar->show();
    updateActions();
    Q_EMIT completeChanged();
    m_wizard->startRun();
    m_poll->start();
}

void ReviewPage::cancelResolve()
{
    if (m_resolving)
        m_wizard->runner()->cancel();
}

void ReviewPage::resolveFinished()
{
    m_resolving = false;
    m_poll->stop();
    m_resolveBar->hide();
    const auto outcome = m_wizard->runner()->outcome();
    if (m_wizard->acceptRunResult()) {
        m_choicesPending = false;
        m_notice->hide();
    } else {
        // The proposals on show are still the last good run's; the pins wait for another try.
        m_notice->setText(outcome && outcome->cancelled
                              ? tr("The re-solve was cancelled; the proposals are those of the last run.")
                              : tr("The re-solve failed: %1").arg(m_wizard->runner()->error()));
        m_notice->show();
    }
    updateActions();
    Q_EMIT completeChanged();
}

void ReviewPage::compareWithPrevious()
{
    const qint64 previous = m_wizard->previousRunId();
    const qint64 current = m_wizard->currentRunId();
    if (previous == 0 || current == 0)
        return;
    const MatchRunRepository runs(m_wizard->editor()->records().database(), m_wizard->actor());
    const QVector<MatchRunDifference> differences = runs.compare(previous, current);
    RunComparisonDialog dialog(differences, runs.errorText(), this);
    dialog.exec();
}

} // namespace mentordesk
