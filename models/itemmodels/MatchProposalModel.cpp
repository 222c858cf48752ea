// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchProposalModel.h"

#include <QLocale>

#include <algorithm>

namespace mentordesk {

using matching::Alternative;
using matching::Exclusion;
using matching::MatchExplainer;
using matching::MenteeExplanation;
using matching::PairScore;
using matching::UnmatchedReason;

namespace {

/// How many mentees a "places taken by" line names before it says how many more there are.
constexpr int kNamedTakers = 3;

} // namespace

MatchProposalModel::MatchProposalModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MatchProposalModel::setOutcome(std::shared_ptr<const MatchOutcome> outcome)
{
    beginResetModel();
    m_outcome = std::move(outcome);
    m_sentences.clear();
    m_mentorIndexById.clear();
    m_maximumScore = 1;
    if (m_outcome) {
        const auto& mentors = m_outcome->problem.mentors;
        for (int i = 0; i < int(mentors.size()); ++i)
            m_mentorIndexById.insert(mentors[std::size_t(i)].mentorId, i);
        if (m_outcome->scorer)
            m_maximumScore = std::max(1, m_outcome->scorer->maximumScore());
    }
    endResetModel();
}

void MatchProposalModel::clear()
{
    setOutcome(nullptr);
    clearChoices();
}

int MatchProposalModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_outcome)
        return 0;
    return int(m_outcome->explanations.size());
}

int MatchProposalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const MenteeExplanation* MatchProposalModel::explanation(int row) const
{
    if (!m_outcome || row < 0 || row >= int(m_outcome->explanations.size()))
        return nullptr;
    return &m_outcome->explanations[std::size_t(row)];
}

qint64 MatchProposalModel::sellerIdOf(int row) const
{
    const MenteeExplanation* explained = explanation(row);
    return explained ? m_outcome->problem.mentees[std::size_t(explained->mentee)].sellerId : 0;
}

qint64 MatchProposalModel::mentorIdOf(int row) const
{
    const MenteeExplanation* explained = explanation(row);
    if (!explained || explained->mentor < 0)
        return 0;
    return m_outcome->problem.mentors[std::size_t(explained->mentor)].mentorId;
}

QString MatchProposalModel::mentorExternalId(qint64 mentorId) const
{
    const int index = m_mentorIndexById.value(mentorId, -1);
    return index < 0 ? QString::number(mentorId) : m_outcome->problem.mentors[std::size_t(index)].externalId;
}

QString MatchProposalModel::mentorText(int mentorIndex) const
{
    if (!m_outcome || mentorIndex < 0 || mentorIndex >= int(m_outcome->problem.mentors.size()))
        return {};
    const auto& mentor = m_outcome->problem.mentors[std::size_t(mentorIndex)];
    return tr("%1 %2", "mentor ID and name").arg(mentor.externalId, mentor.name).trimmed();
}

QVariant MatchProposalModel::data(const QModelIndex& index, int role) const
{
    const MenteeExplanation* explained = index.isValid() ? explanation(index.row()) : nullptr;
    if (!explained)
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == Reason || index.column() == Score ? QVariant(sentence(row)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Score ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SortRole:
        return sortData(row, index.column());
    case ScoreFractionRole:
        return explained->mentor < 0 ? 0.0 : std::clamp(double(explained->score.total) / m_maximumScore, 0.0, 1.0);
    case MatchedRole:
        return explained->mentor >= 0;
    case PinnedRole: {
        const qint64 sellerId = sellerIdOf(row);
        return std::any_of(m_pins.cbegin(), m_pins.cend(),
                           [sellerId](const IdPair& pin) { return pin.first == sellerId; });
    }
    case SellerIdRole:
        return sellerIdOf(row);
    case MentorIdRole:
        return mentorIdOf(row);
    default:
        return {};
    }
}

QVariant MatchProposalModel::displayData(int row, int column) const
{
    const MenteeExplanation& explained = *explanation(row);
    const auto& mentee = m_outcome->problem.mentees[std::size_t(explained.mentee)];
    const bool matched = explained.mentor >= 0;
    switch (column) {
    case MenteeId:
        return mentee.externalId;
    case Shop:
        return mentee.shopName;
    case MentorId:
        return matched ? m_outcome->problem.mentors[std::size_t(explained.mentor)].externalId : tr("—");
    case MentorName:
        return matched ? m_outcome->problem.mentors[std::size_t(explained.mentor)].name : QString();
    case Score:
        return matched ? QVariant(explained.score.total) : QVariant();
    case Marks:
        return marksText(row);
    case Reason:
        return matched ? QString() : sentence(row);
    default:
        return {};
    }
}

QVariant MatchProposalModel::sortData(int row, int column) const
{
    if (column != Score)
        return displayData(row, column);
    // Unmatched rows sort below every score.
    const MenteeExplanation& explained = *explanation(row);
    return explained.mentor < 0 ? -1 : explained.score.total;
}

QVariant MatchProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MenteeId:
        return tr("Mentee ID");
    case Shop:
        return tr("Shop");
    case MentorId:
        return tr("Mentor ID");
    case MentorName:
        return tr("Mentor");
    case Score:
        return tr("Score");
    case Marks:
        return tr("Pins");
    case Reason:
        return tr("Why unmatched");
    default:
        return {};
    }
}

QString MatchProposalModel::marksText(int row) const
{
    const qint64 sellerId = sellerIdOf(row);
    const qint64 mentorId = mentorIdOf(row);
    QStringList marks;
    for (const IdPair& pin : m_pins) {
        if (pin.first != sellerId)
            continue;
        // A pin to another mentor (after a swap) takes effect when the rest is solved again.
        marks << (pin.second == mentorId ? tr("Pinned") : tr("Pinned to %1").arg(mentorExternalId(pin.second)));
    }
    QStringList forbidden;
    for (const IdPair& forbid : m_forbids) {
        if (forbid.first == sellerId)
            forbidden << mentorExternalId(forbid.second);
    }
    if (!forbidden.isEmpty())
        marks << tr("Forbidden: %1").arg(forbidden.join(QStringLiteral(", ")));
    return marks.join(QStringLiteral(" · "));
}

void MatchProposalModel::choicesChanged(int row)
{
    if (row < 0) {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool MatchProposalModel::togglePin(int row)
{
    const qint64 sellerId = sellerIdOf(row);
    const qint64 mentorId = mentorIdOf(row);
    if (sellerId == 0)
        return false;
    const auto pinned =
        std::find_if(m_pins.begin(), m_pins.end(), [sellerId](const IdPair& pin) { return pin.first == sellerId; });
    if (pinned != m_pins.end()) {
        m_pins.erase(pinned);
    } else {
        if (mentorId == 0)
            return false;
        m_pins.append({sellerId, mentorId});
        m_forbids.removeAll(IdPair(sellerId, mentorId));
    }
    choicesChanged(row);
    return true;
}

bool MatchProposalModel::toggleForbid(int row)
{
    const IdPair pair(sellerIdOf(row), mentorIdOf(row));
    if (pair.first == 0 || pair.second == 0)
        return false;
    if (!m_forbids.removeAll(pair)) {
        m_forbids.append(pair);
        m_pins.removeAll(pair);
    }
    choicesChanged(row);
    return true;
}

bool MatchProposalModel::swapMentors(int firstRow, int secondRow)
{
    const qint64 firstSeller = sellerIdOf(firstRow);
    const qint64 secondSeller = sellerIdOf(secondRow);
    const qint64 firstMentor = mentorIdOf(firstRow);
    const qint64 secondMentor = mentorIdOf(secondRow);
    if (firstSeller == 0 || secondSeller == 0 || firstMentor == 0 || secondMentor == 0 || firstMentor == secondMentor)
        return false;
    const auto ofEither = [firstSeller, secondSeller](const IdPair& pin) {
        return pin.first == firstSeller || pin.first == secondSeller;
    };
    m_pins.erase(std::remove_if(m_pins.begin(), m_pins.end(), ofEither), m_pins.end());
    const IdPair firstPin(firstSeller, secondMentor);
    const IdPair secondPin(secondSeller, firstMentor);
    m_pins << firstPin << secondPin;
    m_forbids.removeAll(firstPin);
    m_forbids.removeAll(secondPin);
    choicesChanged(firstRow);
    choicesChanged(secondRow);
    return true;
}

void MatchProposalModel::clearChoices()
{
    m_pins.clear();
    m_forbids.clear();
    choicesChanged(-1);
}

QString MatchProposalModel::sentence(int row) const
{
    const MenteeExplanation* explained = explanation(row);
    if (!explained || !m_outcome->scorer)
        return {};
    auto cached = m_sentences.constFind(row);
    if (cached != m_sentences.constEnd())
        return cached.value();
    const QString text = MatchExplainer::sentence(*m_outcome->scorer, *explained);
    m_sentences.insert(row, text);
    return text;
}

QStringList MatchProposalModel::factorLines(int row) const
{
    const MenteeExplanation* explained = explanation(row);
    if (!explained || explained->mentor < 0)
        return {};
    return MatchExplainer::factorLines(explained->score, m_outcome->rules);
}

QString MatchProposalModel::exclusionText(const PairScore& score) const
{
    switch (score.exclusion) {
    case Exclusion::SellerConflict:
        return tr("the mentor disclosed a conflict of interest with this seller");
    case Exclusion::BrandConflict:
        return tr("the mentor disclosed a conflict of interest with a brand the seller sells");
    case Exclusion::CategoryConflict:
        return tr("the mentor disclosed a conflict of interest with the seller's category");
    case Exclusion::Forbidden:
        return tr("you forbade this pair");
    case Exclusion::MustFactor:
        return tr("no agreement on “%1”, which is a must").arg(matching::factorLabel(score.failedMust));
    case Exclusion::BelowMinimum:
        return tr("the score is below the minimum");
    case Exclusion::None:
        break;
    }
    return {};
}

QString MatchProposalModel::alternativeLine(const Alternative& alternative) const
{
    const QString mentor = mentorText(alternative.mentor);
    switch (alternative.why) {
    case Alternative::Why::CapacityTaken: {
        QStringList takers;
        for (int taker : alternative.takenBy) {
            if (takers.size() == kNamedTakers)
                break;
            takers << m_outcome->problem.mentees[std::size_t(taker)].externalId;
        }
        const int more = int(alternative.takenBy.size()) - int(takers.size());
        const QString takenBy = more > 0 ? tr("%1 and %n more", nullptr, more).arg(takers.join(QStringLiteral(", ")))
                                         : takers.join(QStringLiteral(", "));
        return tr("%1 (score %2): the places are taken by %3").arg(mentor).arg(alternative.score.total).arg(takenBy);
    }
    case Alternative::Why::LowerScore:
        return tr("%1 (score %2): %n point(s) lower", nullptr, alternative.scoreDifference)
            .arg(mentor)
            .arg(alternative.score.total);
    case Alternative::Why::Excluded:
        return tr("%1: not allowed, %2").arg(mentor, exclusionText(alternative.score));
    case Alternative::Why::Objective:
        return tr("%1 (score %2): as good, but the best matching overall needs this mentor elsewhere")
            .arg(mentor)
            .arg(alternative.score.total);
    }
    return mentor;
}

QStringList MatchProposalModel::alternativeLines(int row) const
{
    const MenteeExplanation* explained = explanation(row);
    if (!explained)
        return {};
    QStringList lines;
    for (const Alternative& alternative : explained->alternatives)
        lines << alternativeLine(alternative);
    return lines;
}

QString MatchProposalModel::headline() const
{
    if (!m_outcome)
        return {};
    const auto& result = m_outcome->result;
    const QLocale locale;
    const QString matched =
        tr("Matched %1 of %n mentee(s)", nullptr, int(m_outcome->problem.mentees.size())).arg(result.matched);
    const QString proof = result.certified && result.gap == 0 ? tr("proven optimal") : tr("not proven optimal");
    return tr("%1 · objective %2 · upper bound %3 · gap %4 — %5")
        .arg(matched, locale.toString(result.objective), locale.toString(result.upperBound),
             locale.toString(result.gap), proof);
}

QVector<MatchProposalModel::ProposedPair> MatchProposalModel::proposedPairs() const
{
    QVector<ProposedPair> pairs;
    for (int row = 0; row < rowCount(); ++row) {
        const MenteeExplanation& explained = *explanation(row);
        if (explained.mentor >= 0)
            pairs.append({sellerIdOf(row), mentorIdOf(row), explained.score.total});
    }
    return pairs;
}

} // namespace mentordesk
