// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace mentordesk::matching::scoring {

/// Interns words (categories, channels, languages, styles) as small integer ids, compared
/// case-insensitively and without surrounding blanks, so the scorer's inner loop compares bits
/// and integers instead of strings.
class ScorerVocabulary {
public:
    static QString normalised(const QString& word) { return word.trimmed().toLower(); }

    /// The word's id, adding it when new; -1 for an empty word.
    int intern(const QString& word)
    {
        const QString key = normalised(word);
        if (key.isEmpty())
            return -1;
        const auto found = m_ids.constFind(key);
        if (found != m_ids.constEnd())
            return found.value();
        const int id = static_cast<int>(m_ids.size());
        m_ids.insert(key, id);
        return id;
    }

    /// The word's id, or -1 when it is empty or was never interned.
    int find(const QString& word) const { return m_ids.value(normalised(word), -1); }

    int size() const { return static_cast<int>(m_ids.size()); }

private:
    QHash<QString, int> m_ids;
};

} // namespace mentordesk::matching::scoring
