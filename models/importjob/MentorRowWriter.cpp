// SPDX-License-Identifier: GPL-3.0-or-later
#include "MentorRowWriter.h"

#include "domain/FieldCatalogue.h"
#include "MentorListCells.h"
#include "storage/RecordRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace mentordesk {

namespace {

int fieldIndex(FieldId id)
{
    return ImportField::indexOf(ImportKind::Mentors, id);
}

/// The value as the mentors table stores it.
QVariant storedForm(const QVariant& value)
{
    return value.typeId() == QMetaType::Bool ? QVariant(value.toBool() ? 1 : 0) : value;
}

bool sameValue(const QString& column, const QVariant& stored, const QVariant& incoming)
{
    if (stored.isNull())
        return incoming.isNull();
    // The e-mail matched ignoring case; a file writing it in capitals does not change it.
    if (column == fieldKey(FieldId::MentorEmail))
        return stored.toString().compare(incoming.toString(), Qt::CaseInsensitive) == 0;
    const int type = incoming.typeId();
    if (type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int)
        return stored.toDouble() == incoming.toDouble();
    return stored.toString() == incoming.toString();
}

} // namespace

MentorRowWriter::MentorRowWriter(QSqlDatabase db, ImportRowValidator* validator)
    : m_db(std::move(db))
    , m_validator(validator)
{
}

MentorRowWriter::Outcome MentorRowWriter::write(qint64 line, const QStringList& cells, QList<ImportProblem>* problems)
{
    m_validator->validate(line, cells, &m_row);
    *problems = m_row.problems;
    Lists lists;
    readLists(line, cells, &lists, problems);
    if (!problems->isEmpty() || !checkRepeat(line, cells, problems))
        return Outcome::Rejected;
    const qint64 id = findMentor(line, cells, problems);
    if (id < 0)
        return Outcome::Rejected;
    const QHash<QString, QVariant> values = storedValues(lists);
    if (id == 0 && values.value(fieldKey(FieldId::MentorName)).isNull()) {
        reject(line, fieldIndex(FieldId::MentorName), cells,
               tr("A new mentor needs a name; no mentor in the program has this mentor ID or e-mail."), problems);
        return Outcome::Rejected;
    }

    if (!exec(QStringLiteral("SAVEPOINT mentor_row"))) {
        m_error = tr("The program cannot be written to (%1).").arg(m_lastDatabaseError);
        return Outcome::Failed;
    }
    qint64 mentorId = id;
    bool changed = false;
    m_oldColumns = {};
    m_oldLists = {};
    // Read before the update: changing the text makes the trigger re-split the rows.
    const QStringList categoriesBefore = id != 0 && lists.categories ? categoryRows(id) : QStringList();
    bool ok = id == 0 ? insertMentor(values, &mentorId) : updateMentor(id, values, &changed);
    ok = ok && replaceLists(mentorId, lists, &changed);
    if (ok && id != 0 && lists.categories &&
        (m_oldColumns.contains(fieldKey(FieldId::MentorCategories)) || categoryRows(id) != categoriesBefore))
        m_oldLists.insert(QStringLiteral("mentor_categories"), QJsonArray::fromStringList(categoriesBefore));
    if (!ok) {
        // The program refused the row (a CHECK, such as working hours ending before they start).
        const QString reason = RecordRepository::explainDatabaseError(m_lastDatabaseError);
        exec(QStringLiteral("ROLLBACK TO mentor_row"));
        exec(QStringLiteral("RELEASE mentor_row"));
        reject(line, -1, cells, reason, problems);
        return Outcome::Rejected;
    }
    if (!exec(QStringLiteral("RELEASE mentor_row"))) {
        m_error = tr("The program cannot be written to (%1).").arg(m_lastDatabaseError);
        return Outcome::Failed;
    }
    if (id == 0)
        return Outcome::Added;
    if ((changed && !exec(QStringLiteral("UPDATE mentors SET updated_utc = ? WHERE id = ?"),
                          {RecordRepository::nowUtc(), mentorId})) ||
        !recordChange(mentorId)) {
        m_error = tr("The program cannot be written to (%1).").arg(m_lastDatabaseError);
        return Outcome::Failed;
    }
    return changed ? Outcome::Updated : Outcome::Unchanged;
}

bool MentorRowWriter::readLists(qint64 line, const QStringList& cells, Lists* lists,
                                QList<ImportProblem>* problems) const
{
    auto cellOf = [&](FieldId id) -> std::optional<QString> {
        const int column = m_validator->mappedColumn(fieldKey(id));
        if (column < 0 || column >= cells.size() || cells.at(column).trimmed().isEmpty())
            return std::nullopt;
        return cells.at(column);
    };
    if (const auto cell = cellOf(FieldId::MentorCategories))
        lists->categories = MentorListCells::items(*cell);
    if (const auto cell = cellOf(FieldId::MentorIndustries))
        lists->industries = MentorListCells::items(*cell);
    QString problem;
    const int before = int(problems->size());
    if (const auto cell = cellOf(FieldId::MentorSkills)) {
        lists->skills.emplace();
        if (!MentorListCells::readSkills(*cell, &*lists->skills, &problem))
            reject(line, fieldIndex(FieldId::MentorSkills), cells, problem, problems);
    }
    if (const auto cell = cellOf(FieldId::MentorLanguages)) {
        lists->languages.emplace();
        if (!MentorListCells::readLanguages(*cell, &*lists->languages, &problem))
            reject(line, fieldIndex(FieldId::MentorLanguages), cells, problem, problems);
    }
    if (const auto cell = cellOf(FieldId::MentorChannels)) {
        lists->channels.emplace();
        if (!MentorListCells::readChannels(*cell, &*lists->channels, &problem))
            reject(line, fieldIndex(FieldId::MentorChannels), cells, problem, problems);
    }
    return problems->size() == before;
}

void MentorRowWriter::reject(qint64 line, int field, const QStringList& cells, const QString& reason,
                             QList<ImportProblem>* problems) const
{
    ImportProblem problem;
    problem.line = line;
    problem.column = field < 0 ? -1 : m_validator->mappedColumn(m_validator->fields().at(field).key);
    if (problem.column >= 0) {
        problem.columnName = m_validator->columnNames().value(problem.column);
        problem.value = cells.value(problem.column);
    }
    problem.reason = reason;
    problems->append(problem);
}

bool MentorRowWriter::checkRepeat(qint64 line, const QStringList& cells, QList<ImportProblem>* problems)
{
    // The first row naming a mentor is the one kept, as in seller files.
    const QString externalId = m_row.values.at(fieldIndex(FieldId::MentorExternalId)).toString();
    const QString email = m_row.values.at(fieldIndex(FieldId::MentorEmail)).toString().toCaseFolded();
    const QString key = !externalId.isEmpty() ? QStringLiteral("id:") + externalId : QStringLiteral("mail:") + email;
    const auto first = m_firstLines.constFind(key);
    if (first == m_firstLines.constEnd()) {
        m_firstLines.insert(key, line);
        return true;
    }
    const int field = fieldIndex(externalId.isEmpty() ? FieldId::MentorEmail : FieldId::MentorExternalId);
    reject(line, field, cells, tr("This mentor appears again; line %1 has them already.").arg(*first), problems);
    return false;
}

qint64 MentorRowWriter::findMentor(qint64 line, const QStringList& cells, QList<ImportProblem>* problems)
{
    const QString externalId = m_row.values.at(fieldIndex(FieldId::MentorExternalId)).toString();
    const QString email = m_row.values.at(fieldIndex(FieldId::MentorEmail)).toString();
    if (externalId.isEmpty() && email.isEmpty()) {
        reject(line, -1, cells, tr("The row names no mentor: it has neither a mentor ID nor an e-mail."), problems);
        return -1;
    }
    QSqlQuery query(m_db);
    if (!externalId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT id FROM mentors WHERE external_id = ?"));
        query.addBindValue(externalId);
        if (query.exec() && query.next())
            return query.value(0).toLongLong();
    }
    if (email.isEmpty())
        return 0;
    // A mentor without this ID but with this e-mail is the same person (added by hand before).
    query.prepare(QStringLiteral("SELECT id FROM mentors WHERE lower(email) = lower(?) AND email <> ''"));
    query.addBindValue(email);
    QList<qint64> ids;
    if (query.exec())
        while (query.next())
            ids << query.value(0).toLongLong();
    if (ids.size() > 1) {
        reject(line, fieldIndex(FieldId::MentorEmail), cells,
               tr("%1 mentors in the program have this e-mail; give the row a mentor ID.").arg(ids.size()), problems);
        return -1;
    }
    return ids.isEmpty() ? 0 : ids.first();
}

QHash<QString, QVariant> MentorRowWriter::storedValues(const Lists& lists) const
{
    QHash<QString, QVariant> values;
    const QVector<ImportField>& fields = m_validator->fields();
    for (int i = 0; i < fields.size(); ++i) {
        if (!catalogueField(fields.at(i).id).isStored() || m_row.values.at(i).isNull())
            continue;
        values.insert(fields.at(i).key, storedForm(m_row.values.at(i)));
    }
    // The text keeps a list joined by ", ", as the editor and the demo write it.
    if (lists.categories)
        values.insert(fieldKey(FieldId::MentorCategories), lists.categories->join(QStringLiteral(", ")));
    if (lists.industries)
        values.insert(fieldKey(FieldId::MentorIndustries), lists.industries->join(QStringLiteral(", ")));
    return values;
}

bool MentorRowWriter::insertMentor(const QHash<QString, QVariant>& values, qint64* id)
{
    QStringList columns = values.keys();
    columns.sort();
    QVariantList bound;
    for (const QString& column : columns)
        bound << values.value(column);
    if (m_batchId > 0) {
        columns << QStringLiteral("import_batch_id");
        bound << m_batchId;
    }
    const QString now = RecordRepository::nowUtc();
    bound << now << now;
    const QString sql = QStringLiteral("INSERT INTO mentors(%1, created_utc, updated_utc) VALUES (%2?, ?)")
                            .arg(columns.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(columns.size()));
    if (!exec(sql, bound))
        return false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT last_insert_rowid()")) || !query.next())
        return false;
    *id = query.value(0).toLongLong();
    return true;
}

bool MentorRowWriter::updateMentor(qint64 id, const QHash<QString, QVariant>& values, bool* changed)
{
    QStringList columns = values.keys();
    columns.sort();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM mentors WHERE id = ?").arg(columns.join(QStringLiteral(", "))));
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        m_lastDatabaseError = query.lastError().databaseText();
        return false;
    }
    QStringList assignments;
    QVariantList bound;
    for (int i = 0; i < columns.size(); ++i) {
        if (sameValue(columns.at(i), query.value(i), values.value(columns.at(i))))
            continue;
        assignments << QStringLiteral("%1 = ?").arg(columns.at(i));
        bound << values.value(columns.at(i));
        m_oldColumns.insert(columns.at(i), QJsonValue::fromVariant(query.value(i)));
    }
    if (assignments.isEmpty())
        return true;
    *changed = true;
    bound << id;
    return exec(QStringLiteral("UPDATE mentors SET %1 WHERE id = ?").arg(assignments.join(QStringLiteral(", "))),
                bound);
}

bool MentorRowWriter::replaceLists(qint64 id, const Lists& lists, bool* changed)
{
    // The triggers split the categories text at ", "; the rows are written as the file lists them,
    // so that a category with a comma in its name stays whole.
    bool ok = true;
    if (lists.categories) {
        bool ignored = false;
        ok = replaceRows(id, QStringLiteral("mentor_categories"), QStringLiteral("category"), *lists.categories,
                         &ignored);
    }
    if (ok && lists.skills)
        ok = replaceSkills(id, *lists.skills, changed);
    if (ok && lists.languages)
        ok = replaceRows(id, QStringLiteral("mentor_languages"), QStringLiteral("language"), *lists.languages, changed);
    if (ok && lists.channels)
        ok = replaceRows(id, QStringLiteral("mentor_channels"), QStringLiteral("channel"), *lists.channels, changed);
    return ok;
}

QStringList MentorRowWriter::categoryRows(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT category FROM mentor_categories WHERE mentor_id = ? ORDER BY category"));
    query.addBindValue(id);
    QStringList rows;
    if (query.exec())
        while (query.next())
            rows << query.value(0).toString();
    return rows;
}

bool MentorRowWriter::replaceRows(qint64 id, const QString& table, const QString& column, const QStringList& values,
                                  bool* changed)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE mentor_id = ?").arg(column, table));
    query.addBindValue(id);
    QStringList stored;
    if (query.exec())
        while (query.next())
            stored << query.value(0).toString();
    QStringList wanted = values;
    stored.sort();
    wanted.sort();
    if (stored == wanted)
        return true;
    *changed = true;
    m_oldLists.insert(table, QJsonArray::fromStringList(stored));
    if (!exec(QStringLiteral("DELETE FROM %1 WHERE mentor_id = ?").arg(table), {id}))
        return false;
    for (const QString& value : values)
        if (!exec(QStringLiteral("INSERT INTO %1(mentor_id, %2) VALUES (?, ?)").arg(table, column), {id, value}))
            return false;
    return true;
}

bool MentorRowWriter::replaceSkills(qint64 id, const QMap<QString, int>& skills, bool* changed)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT skill, level FROM mentor_skills WHERE mentor_id = ?"));
    query.addBindValue(id);
    QMap<QString, int> stored;
    if (query.exec())
        while (query.next())
            stored.insert(query.value(0).toString(), query.value(1).toInt());
    if (stored == skills)
        return true;
    *changed = true;
    QJsonObject levels;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        levels.insert(it.key(), it.value());
    m_oldLists.insert(QStringLiteral("mentor_skills"), levels);
    if (!exec(QStringLiteral("DELETE FROM mentor_skills WHERE mentor_id = ?"), {id}))
        return false;
    for (auto it = skills.cbegin(); it != skills.cend(); ++it)
        if (!exec(QStringLiteral("INSERT INTO mentor_skills(mentor_id, skill, level) VALUES (?, ?, ?)"),
                  {id, it.key(), it.value()}))
            return false;
    return true;
}

bool MentorRowWriter::recordChange(qint64 id)
{
    if (m_batchId == 0 || (m_oldColumns.isEmpty() && m_oldLists.isEmpty()))
        return true;
    QJsonObject oldValues = m_oldColumns;
    if (!m_oldLists.isEmpty())
        oldValues.insert(QStringLiteral("lists"), m_oldLists);
    // A mentor named by ID in one row and by e-mail in another keeps the values of its first change.
    return exec(QStringLiteral("INSERT OR IGNORE INTO import_batch_changes(batch_id, entity, entity_id, old_values) "
                               "VALUES (?, 'mentor', ?, ?)"),
                {m_batchId, id, QString::fromUtf8(QJsonDocument(oldValues).toJson(QJsonDocument::Compact))});
}

bool MentorRowWriter::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_db);
    if (!query.prepare(sql)) {
        m_lastDatabaseError = query.lastError().databaseText();
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    m_lastDatabaseError = query.lastError().databaseText();
    return false;
}

} // namespace mentordesk
