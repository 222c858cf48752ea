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
        const auto known = m_spellings.constFind(word);
        if (known != m_spellings.constEnd() && known.value() >= 0)
            return known.value();
        const QString key = normalised(word);
        int id = -1;
        if (!key.isEmpty()) {
            id = m_ids.value(key, static_cast<int>(m_ids.size()));
            m_ids.insert(key, id);
        }
        m_spellings.insert(word, id);
        return id;
    }

    /// The word's id, or -1 when it is empty or was never interned. Misses are remembered too, so
    /// intern every word before the first find().
    int find(const QString& word)
    {
        const auto known = m_spellings.constFind(word);
        if (known != m_spellings.constEnd())
            return known.value();
        const int id = m_ids.value(normalised(word), -1);
        m_spellings.insert(word, id);
        return id;
    }

    int size() const { return static_cast<int>(m_ids.size()); }

private:
    QHash<QString, int> m_ids;
    /// Spellings already seen, to their id (-1 = none yet): a program repeats the same few
    /// spellings thousands of times, and lower-casing each again is most of the scorer's setup.
    QHash<QString, int> m_spellings;
};

} // namespace mentordesk::matching::scoring
