// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttentionListModel.h"

#include "AttentionKinds.h"
#include "AttentionList.h"
#include "calendar/CalendarTime.h"
#include "changes/ChangeFeed.h"
#include "storage/DatabaseWorker.h"

#include <QColor>
#include <QDateTime>
#include <QFileInfo>

namespace mentordesk {

namespace {

/// A hue per kind, as a swatch beside the kind (the view's palette draws everything else). Late
/// and risky kinds warm, upcoming ones cool.
QColor kindColour(AttentionKind kind)
{
    switch (kind) {
    case AttentionKind::AtRisk:
        return QColor(0xc0, 0x39, 0x2b);
    case AttentionKind::TrialDecisionOverdue:
        return QColor(0xd3, 0x54, 0x00);
    case AttentionKind::Overdue:
        return QColor(0xe6, 0x7e, 0x22);
    case AttentionKind::ChecklistLate:
        return QColor(0xb7, 0x95, 0x0b);
    case AttentionKind::FeedbackMissing:
        return QColor(0x8e, 0x44, 0xad);
    case AttentionKind::TrialEnding:
        return QColor(0x29, 0x80, 0xb9);
    case AttentionKind::ChecklistDue:
        return QColor(0x16, 0xa0, 0x85);
    }
    return {};
}

/// Kinds of records the list never reads: a change of only these leaves it as it is.
constexpr EntityKinds kUnrelated = EntityKind::MetricSnapshot | EntityKind::ImportBatch | EntityKind::MatchRun |
                                   EntityKind::MatchPreset | EntityKind::RelatedCategory |
                                   EntityKind::RoundtableAttendance;

/// Lines whose people are read together: about two screens of the list.
constexpr int kPeopleBlock = 64;

} // namespace

/// One read of the list: what it is for, set on the GUI thread before it starts, and its result,
/// written by whichever thread reads and looked at only once that thread is done.
struct AttentionListModel::Read {
    quint64 request = 0;
    QTimeZone zone;
    QDate asOf;
    /// The window's locale, for the dates in the sentences (taken on the GUI thread).
    QLocale locale;
    QVector<AttentionItem> items;
    QString error;

    void compute(const QSqlDatabase& db)
    {
        AttentionList list(db, zone);
        list.setDateLocale(locale);
        if (const auto computed = list.compute(asOf, AttentionList::People::Later))
            items = *computed;
        else
            error = list.errorString();
    }
};

AttentionListModel::AttentionListModel(QObject* parent)
    : QAbstractTableModel(parent)
    // A child: it is destroyed after this model's members and waits for a read still going (a
    // second at most at 10M touchpoints); the read touches nothing but its own Read.
    // Its connection is kept from one read to the next, so its page cache stays warm: a read at
    // 10M touchpoints takes 0.28 s so, 0.44 s on a fresh connection (docs/benchmarks.md).
    , m_worker(new DatabaseWorker(QString(), this, DatabaseWorker::Connection::Kept))
{
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(0);
    connect(&m_refreshSoon, &QTimer::timeout, this, &AttentionListModel::refresh);
    connect(m_worker, &DatabaseWorker::finished, this, &AttentionListModel::readFinished);
}

void AttentionListModel::setDatabase(const QSqlDatabase& db, ChangeFeed* changes)
{
    if (m_changes)
        disconnect(m_changes, nullptr, this, nullptr);
    m_db = db;
    m_changes = changes;
    if (m_changes)
        connect(m_changes, &ChangeFeed::changed, this, &AttentionListModel::programChanged);
    // Another program's lines must not stay on screen while this one's are read.
    show(Read());
    refresh();
}

void AttentionListModel::setAsOf(const QDate& day)
{
    m_requestedAsOf = day;
    refresh();
}

void AttentionListModel::programChanged(const ChangeEvent& event)
{
    if (event.isBulk() || (event.entities & ~kUnrelated).toInt() != 0)
        m_refreshSoon.start();
}

void AttentionListModel::refresh()
{
    m_refreshSoon.stop();
    ++m_request;
    if (!m_db.isOpen()) {
        // A read still going is outdated now; readFinished() drops it and starts none. The
        // worker's connection to the closed program goes once that read ends.
        m_worker->releaseConnection();
        show(Read());
        setUpdating(false);
        return;
    }
    // A read under way is outdated now: readFinished() drops its result and starts the next.
    if (!m_running)
        startRead();
}

void AttentionListModel::startRead()
{
    auto read = std::make_shared<Read>();
    read->request = m_request;
    read->zone = CalendarTime::programZone(m_db);
    read->asOf =
        m_requestedAsOf.isValid() ? m_requestedAsOf : QDateTime::currentDateTimeUtc().toTimeZone(read->zone).date();
    const QString path = workerPath();
    if (path.isEmpty()) {
        read->compute(m_db);
        show(*read);
        setUpdating(false); // a read of the file before may have been under way
        return;
    }
    m_running = read;
    setUpdating(true);
    m_worker->start(path, [read](const QSqlDatabase& db, const QString& openError) {
        if (db.isOpen())
            read->compute(db);
        else
            read->error = tr("MentorDesk could not open the program again to read what needs attention (%1). "
                             "Reopen the program; if this persists, check that its folder is readable.")
                              .arg(openError);
    });
}

void AttentionListModel::readFinished()
{
    const std::shared_ptr<Read> read = std::move(m_running);
    m_running.reset();
    if (read && read->request == m_request) {
        show(*read);
        setUpdating(false);
    } else if (m_db.isOpen()) {
        startRead();
    } else {
        setUpdating(false);
    }
}

void AttentionListModel::show(const Read& read)
{
    beginResetModel();
    m_items = read.items;
    m_peopleRead = QVector<bool>((m_items.size() + kPeopleBlock - 1) / kPeopleBlock, false);
    m_error = read.error;
    if (read.asOf.isValid()) {
        m_zone = read.zone;
        m_asOf = read.asOf;
    }
    m_counts = AttentionList::countByKind(m_items);
    endResetModel();
    Q_EMIT countsChanged();
}

void AttentionListModel::setUpdating(bool updating)
{
    if (m_updating == updating)
        return;
    m_updating = updating;
    Q_EMIT updatingChanged(updating);
}

QString AttentionListModel::workerPath() const
{
    // An in-memory database (`:memory:`, a memory URI) exists for its one connection only.
    if (m_db.driverName() != QLatin1String("QSQLITE") || m_db.databaseName() == QLatin1String(":memory:"))
        return {};
    const QFileInfo file(m_db.databaseName());
    return file.isFile() ? file.absoluteFilePath() : QString();
}

void AttentionListModel::readPeopleAround(int row) const
{
    const int block = row / kPeopleBlock;
    if (block < 0 || block >= m_peopleRead.size() || m_peopleRead.at(block) || !m_db.isOpen())
        return;
    // A failed read leaves the names empty and is tried again on the next request; the list
    // itself, read a moment ago, stays.
    AttentionList list(m_db, m_zone);
    m_peopleRead[block] = list.readPeople(&m_items, block * kPeopleBlock, kPeopleBlock);
}

const AttentionItem& AttentionListModel::item(int row) const
{
    readPeopleAround(row);
    return m_items.at(row);
}

const QVector<AttentionItem>& AttentionListModel::items() const
{
    for (int block = 0; block < m_peopleRead.size(); ++block)
        readPeopleAround(block * kPeopleBlock);
    return m_items;
}

int AttentionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttentionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole && (index.column() == Mentor || index.column() == Mentee))
        readPeopleAround(index.row());
    const AttentionItem& line = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return AttentionKinds::label(line.kind);
        case Due:
            return line.due;
        case Mentor:
            return tr("%1 (%2)").arg(line.mentorName, line.mentorExternalId);
        case Mentee:
            return tr("%1 (%2)").arg(line.menteeName, line.menteeExternalId);
        case Detail:
            return line.detail;
        case Action:
            return AttentionKinds::actionLabel(line.action);
        }
        return {};
    case Qt::ToolTipRole:
        return line.detail;
    case Qt::DecorationRole:
        return index.column() == Kind ? QVariant(kindColour(line.kind)) : QVariant();
    case KindRole:
        return int(line.kind);
    case ActionRole:
        return int(line.action);
    case UrgencyRole:
        return line.urgency;
    case PairingIdRole:
        return line.pairingId;
    default:
        return {};
    }
}

QVariant AttentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Due:
        return tr("Due");
    case Mentor:
        return tr("Mentor");
    case Mentee:
        return tr("Mentee");
    case Detail:
        return tr("Detail");
    case Action:
        return tr("Action");
    }
    return {};
}

} // namespace mentordesk
