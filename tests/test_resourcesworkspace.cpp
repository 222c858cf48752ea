// SPDX-License-Identifier: GPL-3.0-or-later
// The Resources page: Add Link… through its dialog puts the link in the table, undo takes it out
// again; the search box and the kind filter narrow the table; the main window offers the page; a
// touchpoint's Resources line lists what is attached and attaches more.
#include "ChecklistFixture.h"
#include "WidgetTestSupport.h"

#include "editing/ProgramEditor.h"
#include "mainwindow/MainWindow.h"
#include "resources/AttachedResourcesLine.h"
#include "resources/ResourceEditor.h"
#include "resources/ResourcesWorkspace.h"
#include "resources/ResourceTableModel.h"
#include "storage/ProgramDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mentordesk;

class TestResourcesWorkspace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("page.mentordesk"));
        m_program = std::make_unique<ProgramDatabase>();
        QCOMPARE(m_program->open(m_path), ProgramDatabase::Outcome::Created);
        m_editor = std::make_unique<ProgramEditor>(m_program->connection(), QStringLiteral("Alex"));
        m_page = std::make_unique<ResourcesWorkspace>();
        m_page->setProgram(m_editor.get());
    }

    void cleanup()
    {
        m_page.reset();
        m_editor.reset();
        m_program.reset();
        m_dir.reset();
    }

    void addLinkThroughTheDialogThenUndo()
    {
        bool okWasOffered = false;
        bool okWasRefusedForFtp = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            child<QLineEdit>(dialog, QStringLiteral("resourceTitle"))->setText(QStringLiteral("Photo guide"));
            child<QLineEdit>(dialog, QStringLiteral("resourceUrl"))->setText(QStringLiteral("ftp://example.org"));
            okWasRefusedForFtp = !ok->isEnabled();
            child<QLineEdit>(dialog, QStringLiteral("resourceUrl"))
                ->setText(QStringLiteral("https://example.org/seller-help/photos"));
            okWasOffered = ok->isEnabled();
            ok->click();
        });
        child<QPushButton>(m_page.get(), QStringLiteral("addLinkButton"))->click();
        QVERIFY(okWasRefusedForFtp);
        QVERIFY(okWasOffered);
        ResourceTableModel* model = m_page->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ResourceTableModel::Title).data().toString(), QStringLiteral("Photo guide"));
        QCOMPARE(model->index(0, ResourceTableModel::SizeOrHost).data().toString(), QStringLiteral("example.org"));
        // The new link is selected, so Edit, Delete and Open apply to it.
        QVERIFY(child<QPushButton>(m_page.get(), QStringLiteral("deleteResourceButton"))->isEnabled());
        QCOMPARE(m_page->countText(), QStringLiteral("1 resource(s)"));

        m_editor->undoStack()->undo();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(!child<QPushButton>(m_page.get(), QStringLiteral("deleteResourceButton"))->isEnabled());
    }

    void deleteButtonIsUndoable()
    {
        ResourceEditor resources(*m_editor);
        QVERIFY(resources.addLink({QStringLiteral("Help"), QString(), QString(), QString()},
                                  QStringLiteral("https://example.org/help")));
        m_page->table()->selectRow(0);
        child<QPushButton>(m_page.get(), QStringLiteral("deleteResourceButton"))->click();
        QCOMPARE(m_page->model()->rowCount(), 0);
        m_editor->undoStack()->undo();
        QCOMPARE(m_page->model()->rowCount(), 1);
    }

    void searchAndKindNarrowTheTable()
    {
        ResourceEditor resources(*m_editor);
        QVERIFY(resources.addLink(
            {QStringLiteral("Pricing playbook"), QStringLiteral("playbook"), QString(), QStringLiteral("pricing")},
            QStringLiteral("https://example.org/pricing")));
        QVERIFY(resources.addLink({QStringLiteral("Shipping help"), QString(), QString(), QString()},
                                  QStringLiteral("https://example.org/shipping")));
        QCOMPARE(m_page->model()->rowCount(), 2);
        QTest::keyClicks(child<QLineEdit>(m_page.get(), QStringLiteral("resourceSearch")), QStringLiteral("ship"));
        QCOMPARE(m_page->model()->rowCount(), 1);
        child<QLineEdit>(m_page.get(), QStringLiteral("resourceSearch"))->clear();
        auto* kind = child<QComboBox>(m_page.get(), QStringLiteral("resourceKindFilter"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("playbook")));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QCOMPARE(m_page->model()->index(0, 0).data().toString(), QStringLiteral("Pricing playbook"));
    }

    void touchpointLineListsAndAttaches()
    {
        SQL_OK(checklistfixture::build(m_program->connection()));
        SQL_OK(execSql(m_program->connection(),
                       QStringLiteral("INSERT INTO touchpoints(id, pairing_id, kind, scheduled_utc, uid) "
                                      "VALUES (1, 1, 'live_call', '2026-03-02T09:00:00Z', 'tp-1')")));
        ResourceEditor resources(*m_editor);
        const qint64 photos = resources.addLink({QStringLiteral("Photo <guide>"), QString(), QString(), QString()},
                                                QStringLiteral("https://example.org/photos"));
        QVERIFY(resources.addLink({QStringLiteral("Pricing"), QString(), QString(), QString()},
                                  QStringLiteral("https://example.org/pricing")));
        AttachedResourcesLine line;
        line.setEditor(m_editor.get());
        line.setTouchpointId(1);
        QCOMPARE(line.text(), QStringLiteral("none"));
        QVERIFY(resources.attachToTouchpoint(photos, 1));
        QCOMPARE(line.text(), QStringLiteral("<a href=\"%1\">Photo &lt;guide&gt;</a>").arg(photos));

        // Attach Resource… offers only what is not attached yet.
        QStringList offered;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            offered = dialog->comboBoxItems();
            dialog->setTextValue(QStringLiteral("Pricing"));
            dialog->accept();
        });
        child<QPushButton>(&line, QStringLiteral("attachResource"))->click();
        QCOMPARE(offered, QStringList{QStringLiteral("Pricing")});
        QVERIFY(line.text().contains(QLatin1String(">Pricing</a>")));
        m_editor->undoStack()->undo();
        QVERIFY(!line.text().contains(QLatin1String(">Pricing</a>")));
    }

    void mainWindowOffersThePage()
    {
        m_page.reset();
        m_editor.reset();
        m_program.reset();
        MainWindow window;
        QVERIFY(window.openProgram(m_path));
        int page = -1;
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showWorkspace(i);
            if (window.resources()->isVisibleTo(&window))
                page = i;
        }
        QVERIFY(page > window.workspaceCount());
        window.showWorkspace(page);
        QVERIFY(!window.currentWorkspace());
        QVERIFY(window.resources()->isEnabled());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text(), window.resources()->countText());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ProgramDatabase> m_program;
    std::unique_ptr<ProgramEditor> m_editor;
    std::unique_ptr<ResourcesWorkspace> m_page;
};

QTEST_MAIN(TestResourcesWorkspace)
#include "test_resourcesworkspace.moc"
