// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting a touchpoint takes its resource attachments with it (resource_attachments cascades);
// the delete's undo brings them back in the same step, its redo takes them again, each change in
// the audit log as the resource library writes it, and an undo that could not restore them (a
// resource deleted since, one attached meanwhile) is refused with a sentence.
#include "calendar/CalendarEditor.h"
#include "calendar/CalendarTime.h"
#include "editing/ProgramEditor.h"
#include "storage/ProgramDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

#include "SqlTestSupport.h"

using namespace mentordesk;

namespace {

QStringList attachedTo(const QSqlDatabase& db, qint64 touchpointId)
{
    return queryRows(db, QStringLiteral("SELECT resource_id FROM resource_attachments WHERE touchpoint_id = %1 "
                                        "ORDER BY resource_id")
                             .arg(touchpointId));
}

QStringList attachmentAudit(const QSqlDatabase& db)
{
    return queryRows(db, QStringLiteral("SELECT entity_id, IFNULL(old_value, '-'), IFNULL(new_value, '-') FROM "
                                        "audit_log WHERE entity = 'resource' AND field = 'attachment' ORDER BY id"));
}

} // namespace

class TestTouchpointAttachmentUndo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_program = std::make_unique<ProgramDatabase>();
        QFile::remove(m_dir.filePath(QStringLiteral("attachments.mentordesk")));
        QCOMPARE(m_program->open(m_dir.filePath(QStringLiteral("attachments.mentordesk"))),
                 ProgramDatabase::Outcome::Created);
        const QSqlDatabase db = m_program->connection();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO sellers(id, external_id, shop_name, time_zone, created_utc, "
                                          "updated_utc) VALUES (1, 'S1', 'Alpha', 'America/New_York', '', '')")));
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO mentors(id, name, time_zone, created_utc, updated_utc) VALUES "
                                          "(1, 'Ada', 'Europe/Berlin', '', '')")));
        SQL_OK(
            execSql(db, QStringLiteral("INSERT INTO pairings(id, mentor_id, mentee_id, status, started_on, "
                                       "created_utc, updated_utc) VALUES (1, 1, 1, 'active', '2026-01-05', '', '')")));
        SQL_OK(
            execSql(db, QStringLiteral("INSERT INTO resources(id, title, kind, url, created_utc, updated_utc) VALUES "
                                       "(7, 'Pricing playbook', 'playbook', 'https://example.org/p', '', ''), "
                                       "(9, 'Listing checklist', 'checklist', 'https://example.org/l', '', ''), "
                                       "(11, 'Benchmarks', 'benchmark', 'https://example.org/b', '', '')")));
        m_editor = std::make_unique<ProgramEditor>(db, QStringLiteral("coordinator@test"));
        m_calendar = std::make_unique<CalendarEditor>(*m_editor);
        m_touchpoint = m_calendar->createTouchpoint({1,
                                                     0,
                                                     QStringLiteral("live_call"),
                                                     CalendarTime::fromUtcText(QStringLiteral("2027-03-01T09:00:00Z")),
                                                     45,
                                                     QStringLiteral("Pricing review"),
                                                     {}});
        QVERIFY2(m_touchpoint > 0, qPrintable(m_calendar->errorString()));
        SQL_OK(execSql(db,
                       QStringLiteral("INSERT INTO resource_attachments(resource_id, touchpoint_id) VALUES (7, ?), "
                                      "(9, ?)"),
                       {m_touchpoint, m_touchpoint}));
    }

    void cleanup()
    {
        m_calendar.reset();
        m_editor.reset();
        m_program.reset();
    }

    void undoRestoresAndRedoRemovesAttachments()
    {
        const QSqlDatabase db = m_program->connection();
        const QStringList attached = {QStringLiteral("7"), QStringLiteral("9")};
        QCOMPARE(attachedTo(db, m_touchpoint), attached);
        QSignalSpy published(m_editor->changes(), &ChangeFeed::changed);

        QVERIFY2(m_calendar->deleteTouchpoint(m_touchpoint), qPrintable(m_calendar->errorString()));
        QCOMPARE(attachedTo(db, m_touchpoint), QStringList());
        const QString removed = QStringLiteral("%1|touchpoint %2|-");
        QCOMPARE(attachmentAudit(db),
                 QStringList({removed.arg(7).arg(m_touchpoint), removed.arg(9).arg(m_touchpoint)}));
        QVERIFY(!published.isEmpty());

        m_editor->undoStack()->undo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints WHERE id = ?"), {m_touchpoint}).toInt(),
                 1);
        QCOMPARE(attachedTo(db, m_touchpoint), attached);
        const QString restored = QStringLiteral("%1|-|touchpoint %2");
        QCOMPARE(attachmentAudit(db).mid(2),
                 QStringList({restored.arg(7).arg(m_touchpoint), restored.arg(9).arg(m_touchpoint)}));

        m_editor->undoStack()->redo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints WHERE id = ?"), {m_touchpoint}).toInt(),
                 0);
        QCOMPARE(attachedTo(db, m_touchpoint), QStringList());
        QCOMPARE(attachmentAudit(db).size(), 6);

        // And back once more: the step is repeatable, not a one-off.
        m_editor->undoStack()->undo();
        QCOMPARE(attachedTo(db, m_touchpoint), attached);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    }

    void seriesOccurrenceKeepsItsAttachments()
    {
        const QSqlDatabase db = m_program->connection();
        const qint64 series = m_calendar->createSeries({1,
                                                        0,
                                                        QStringLiteral("live_call"),
                                                        {},
                                                        {},
                                                        QStringLiteral("FREQ=WEEKLY"),
                                                        {},
                                                        QDate(2027, 3, 2),
                                                        QTime(10, 0),
                                                        QDate(2027, 3, 23),
                                                        -1});
        QVERIFY2(series > 0, qPrintable(m_calendar->errorString()));
        const qint64 occurrence =
            scalar(db, QStringLiteral("SELECT min(id) FROM touchpoints WHERE series_id = ?"), {series}).toLongLong();
        SQL_OK(execSql(db,
                       QStringLiteral("INSERT INTO resource_attachments(resource_id, touchpoint_id) VALUES (11, ?)"),
                       {occurrence}));
        QVERIFY2(m_calendar->deleteTouchpoint(occurrence), qPrintable(m_calendar->errorString()));
        QCOMPARE(attachedTo(db, occurrence), QStringList());
        m_editor->undoStack()->undo();
        QCOMPARE(attachedTo(db, occurrence), QStringList({QStringLiteral("11")}));
    }

    void seriesEditThatDropsAnOccurrenceKeepsItsAttachmentsForUndo()
    {
        const QSqlDatabase db = m_program->connection();
        SeriesDraft weekly{1,
                           0,
                           QStringLiteral("live_call"),
                           {},
                           {},
                           QStringLiteral("FREQ=WEEKLY"),
                           {},
                           QDate(2027, 3, 2),
                           QTime(10, 0),
                           QDate(2027, 3, 23),
                           -1};
        const qint64 series = m_calendar->createSeries(weekly);
        QVERIFY2(series > 0, qPrintable(m_calendar->errorString()));
        const qint64 last =
            scalar(db, QStringLiteral("SELECT max(id) FROM touchpoints WHERE series_id = ?"), {series}).toLongLong();
        SQL_OK(execSql(db, QStringLiteral("INSERT INTO resource_attachments(resource_id, touchpoint_id) VALUES (7, ?)"),
                       {last}));
        // Ending the series a week earlier drops its last (planned) occurrence and its attachment.
        weekly.untilDate = QDate(2027, 3, 16);
        QVERIFY2(m_calendar->editSeries(series, weekly), qPrintable(m_calendar->errorString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints WHERE id = ?"), {last}).toInt(), 0);
        QCOMPARE(attachedTo(db, last), QStringList());
        m_editor->undoStack()->undo();
        QCOMPARE(attachedTo(db, last), QStringList({QStringLiteral("7")}));
    }

    void undoRefusedWhenTheResourceIsGone()
    {
        const QSqlDatabase db = m_program->connection();
        QVERIFY(m_calendar->deleteTouchpoint(m_touchpoint));
        SQL_OK(execSql(db, QStringLiteral("DELETE FROM resources WHERE id = 9")));
        QSignalSpy refused(m_editor.get(), &ProgramEditor::errorOccurred);
        m_editor->undoStack()->undo();
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(QLatin1String("Resources workspace")));
        // Nothing half-restored: neither the touchpoint nor the one attachment still possible.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM touchpoints WHERE id = ?"), {m_touchpoint}).toInt(),
                 0);
        QCOMPARE(attachedTo(db, m_touchpoint), QStringList());
    }

    void redoRefusedWhenAResourceWasAttachedMeanwhile()
    {
        const QSqlDatabase db = m_program->connection();
        QVERIFY(m_calendar->deleteTouchpoint(m_touchpoint));
        m_editor->undoStack()->undo();
        SQL_OK(execSql(db,
                       QStringLiteral("INSERT INTO resource_attachments(resource_id, touchpoint_id) VALUES (11, ?)"),
                       {m_touchpoint}));
        QSignalSpy refused(m_editor.get(), &ProgramEditor::errorOccurred);
        m_editor->undoStack()->redo();
        QCOMPARE(refused.count(), 1);
        QCOMPARE(attachedTo(db, m_touchpoint),
                 QStringList({QStringLiteral("7"), QStringLiteral("9"), QStringLiteral("11")}));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
    std::unique_ptr<CalendarEditor> m_calendar;
    qint64 m_touchpoint = 0;
};

QTEST_GUILESS_MAIN(TestTouchpointAttachmentUndo)
#include "test_touchpointattachmentundo.moc"
