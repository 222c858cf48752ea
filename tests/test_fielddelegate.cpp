// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/WorkspaceSpecs.h"
#include "workspaces/FieldDelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTest>
#include <QTime>

using namespace mentordesk;

class TestFieldDelegate : public QObject {
    Q_OBJECT

private:
    QModelIndex cellFor(const QString& key, const QVariant& stored)
    {
        const int column = sellerTableSpec().fieldIndex(key);
        m_model.setColumnCount(int(sellerTableSpec().fields.size()));
        m_model.setRowCount(1);
        m_model.setData(m_model.index(0, column), stored, Qt::EditRole);
        return m_model.index(0, column);
    }

    QStandardItemModel m_model;

private Q_SLOTS:
    void editorMatchesFieldType_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("editorClass");
        QTest::newRow("e-mail") << "email"
                                << "QLineEdit";
        QTest::newRow("channel choice") << "channel"
                                        << "QComboBox";
        QTest::newRow("status choice") << "status"
                                       << "QComboBox";
        QTest::newRow("enrolment date") << "enrolment_date"
                                        << "QDateEdit";
        QTest::newRow("inventory complexity") << "inventory_complexity"
                                              << "QSpinBox";
        QTest::newRow("orders per week") << "sales_velocity"
                                         << "QDoubleSpinBox";
        QTest::newRow("shop name") << "shop_name"
                                   << "QLineEdit";
        // QTimeEdit cannot hold 24:00, the end of a working day.
        QTest::newRow("work starts") << "work_start_minute"
                                     << "QLineEdit";
    }

    void editorMatchesFieldType()
    {
        QFETCH(QString, key);
        QFETCH(QString, editorClass);
        FieldDelegate delegate(sellerTableSpec());
        QWidget parent;
        const QModelIndex index = cellFor(key, QVariant());
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), index));
        QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), editorClass);
    }

    void choicesOfferExactlyTheAllowedCodes()
    {
        FieldDelegate delegate(sellerTableSpec());
        QWidget parent;
        const QModelIndex index = cellFor(QStringLiteral("channel"), QStringLiteral("wholesale"));
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), index));
        auto* combo = qobject_cast<QComboBox*>(editor.get());
        QVERIFY(combo);
        QStringList codes;
        for (int i = 0; i < combo->count(); ++i)
            codes << combo->itemData(i).toString();
        QCOMPARE(codes, (QStringList{QStringLiteral("own_storefront"), QStringLiteral("marketplace_app"),
                                     QStringLiteral("wholesale"), QStringLiteral("social")}));
        delegate.setEditorData(combo, index);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("wholesale"));
    }

    void spinBoxesAreRanged()
    {
        FieldDelegate delegate(sellerTableSpec());
        QWidget parent;
        const QModelIndex index = cellFor(QStringLiteral("inventory_complexity"), 3);
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), index));
        auto* spin = qobject_cast<QSpinBox*>(editor.get());
        QVERIFY(spin);
        QCOMPARE(spin->maximum(), 5);
        // One below the minimum stands for "not set" on an optional field.
        QCOMPARE(spin->minimum(), 0);
        spin->setValue(42);
        QCOMPARE(spin->value(), 5);
    }

    void badValuesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("e-mail without domain") << "email"
                                               << "ana@"
                                               << "e-mail";
        QTest::newRow("e-mail with space") << "email"
                                           << "ana maria@example.com"
                                           << "e-mail";
        QTest::newRow("empty seller id") << "external_id"
                                         << "   "
                                         << "required";
    }

    void badValuesAreRefusedWithAReason()
    {
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QString, reasonContains);
        FieldDelegate delegate(sellerTableSpec());
        QSignalSpy rejected(&delegate, &FieldDelegate::valueRejected);
        QWidget parent;
        const QString before = QStringLiteral("kept@example.com");
        const QModelIndex index = cellFor(key, before);
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), index));
        auto* line = qobject_cast<QLineEdit*>(editor.get());
        QVERIFY(line);
        line->setText(typed);
        delegate.setModelData(line, &m_model, index);
        QCOMPARE(index.data(Qt::EditRole).toString(), before);
        QCOMPARE(rejected.count(), 1);
        QVERIFY2(rejected.at(0).at(0).toString().contains(reasonContains, Qt::CaseInsensitive),
                 qPrintable(rejected.at(0).at(0).toString()));
    }

    void goodValuesAreStoredNormalised()
    {
        FieldDelegate delegate(sellerTableSpec());
        QSignalSpy rejected(&delegate, &FieldDelegate::valueRejected);
        QWidget parent;
        const QModelIndex index = cellFor(QStringLiteral("email"), QStringLiteral("old@example.com"));
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), index));
        auto* line = qobject_cast<QLineEdit*>(editor.get());
        line->setText(QStringLiteral("  new.owner@shop.example  "));
        delegate.setModelData(line, &m_model, index);
        QCOMPARE(index.data(Qt::EditRole).toString(), QStringLiteral("new.owner@shop.example"));
        QCOMPARE(rejected.count(), 0);
    }

    void workingHoursAreEditedAsTimes_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QVariant>("stored"); // null: refused, the value stays 540
        QTest::newRow("de colon") << "de"
                                  << "work_start_minute"
                                  << "7:45" << QVariant(qint64(465));
        QTest::newRow("en am") << "en"
                               << "work_start_minute"
                               << "7:45 am" << QVariant(qint64(465));
        QTest::newRow("de end of day") << "de"
                                       << "work_end_minute"
                                       << "24:00" << QVariant(qint64(1440));
        QTest::newRow("de bare hour") << "de"
                                      << "work_start_minute"
                                      << "7" << QVariant();
        QTest::newRow("de grouped number") << "de"
                                           << "work_start_minute"
                                           << "1.140" << QVariant();
        QTest::newRow("en start at end of day") << "en"
                                                << "work_start_minute"
                                                << "24:00" << QVariant();
    }

    void workingHoursAreEditedAsTimes()
    {
        QFETCH(QString, locale);
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QVariant, stored);
        QLocale::setDefault(QLocale(locale));
        FieldDelegate delegate(sellerTableSpec());
        QSignalSpy rejected(&delegate, &FieldDelegate::valueRejected);
        QWidget parent;
        const QModelIndex index = cellFor(key, qint64(540));
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), index));
        auto* line = qobject_cast<QLineEdit*>(editor.get());
        QVERIFY(line);
        delegate.setEditorData(line, index);
        QCOMPARE(line->text(), QLocale().toString(QTime(9, 0), QLocale::ShortFormat));
        line->setText(typed);
        delegate.setModelData(line, &m_model, index);
        QCOMPARE(rejected.count(), stored.isNull() ? 1 : 0);
        QCOMPARE(index.data(Qt::EditRole), stored.isNull() ? QVariant(qint64(540)) : stored);
        QLocale::setDefault(QLocale::c());
    }

    void optionalDateCanBeCleared()
    {
        FieldDelegate delegate(sellerTableSpec());
        QWidget parent;
        const QModelIndex index = cellFor(QStringLiteral("first_sale_date"), QStringLiteral("2026-03-04"));
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), index));
        auto* date = qobject_cast<QDateEdit*>(editor.get());
        QVERIFY(date);
        delegate.setEditorData(date, index);
        QCOMPARE(date->date(), QDate(2026, 3, 4));
        date->setDate(date->minimumDate());
        delegate.setModelData(date, &m_model, index);
        QVERIFY(index.data(Qt::EditRole).isNull());
    }
};

QTEST_MAIN(TestFieldDelegate)
#include "test_fielddelegate.moc"
