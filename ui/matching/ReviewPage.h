// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QTimer;

namespace mentordesk {

class MatchWizard;

/// The proposed pairs with score bars and, for the selected mentee, the explanation: the factors,
/// the three best other mentors with why not, and the sentence. Pin (P), forbid (F) and swap mark
/// the coordinator's wishes; Re-solve runs the matching again in place with them; Compare shows who
/// moved since the previous run.
class ReviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ReviewPage(MatchWizard* wizard);

    void initializePage() override;
    /// Going back stops a re-solve still going.
    void cleanupPage() override;
    bool isComplete() const override;

    QTableView* table() const { return m_table; }
    QString headline() const;
    QString explanationText() const;
    QString noticeText() const;
    bool isResolving() const { return m_resolving; }

    void pinSelected();
    void forbidSelected();
    void swapSelected();
    void resolve();
    void compareWithPrevious();
    void showExplanation();

private:
    void setUpTable();
    void addShortcuts();
    QWidget* createActions();
    QWidget* createResolveBar();
    QVector<int> selectedSourceRows() const;
    void choicesChanged();
    void updateActions();
    void updateExplanation();
    void updateHeadline();
    void resolveFinished();
    void cancelResolve();

    MatchWizard* m_wizard;
    QLabel* m_headline;
    QLabel* m_notice;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QTextBrowser* m_explanation;
    QPushButton* m_pin;
    QPushButton* m_forbid;
    QPushButton* m_swap;
    QPushButton* m_resolve;
    QPushButton* m_compare;
    QCheckBox* m_onlyUnmatched;
    QWidget* m_resolveBar;
    QProgressBar* m_resolveProgress;
    QTimer* m_poll;
    bool m_resolving = false;
    bool m_choicesPending = false;
};

} // namespace mentordesk
