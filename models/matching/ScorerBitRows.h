// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace mentordesk::matching::scoring {

/// One word of a bit set and the bits wanted in it: a mentee's side of a set test.
struct WordMask {
    int word = 0;
    quint64 mask = 0;
};

/// A read-only view of a ScorerBitRows that the inner loop copies into registers: reading through
/// it cannot be confused with the integer stores of a row of gains.
struct BitRowsView {
    const quint64* bits = nullptr;
    int words = 1;

    int any(int row, const WordMask& wanted) const
    {
        return (bits[static_cast<std::size_t>(row) * static_cast<std::size_t>(words) +
                     static_cast<std::size_t>(wanted.word)] &
                wanted.mask) != 0;
    }
};

/// A bit set per person over an interned vocabulary, stored flat: one 64-bit word per person when
/// the vocabulary has at most 64 words (the usual case: one AND per test), more otherwise.
class ScorerBitRows {
public:
    ScorerBitRows() = default;
    ScorerBitRows(int rows, int vocabularySize)
        : m_words(vocabularySize <= 64 ? 1 : (vocabularySize + 63) / 64)
        , m_bits(static_cast<std::size_t>(rows) * static_cast<std::size_t>(m_words), 0)
    {
    }

    static WordMask maskOf(int id) { return {id / 64, quint64(1) << (id % 64)}; }

    void set(int row, int id)
    {
        const WordMask bit = maskOf(id);
        m_bits[index(row, bit.word)] |= bit.mask;
    }

    BitRowsView view() const { return {m_bits.data(), m_words}; }

private:
    std::size_t index(int row, int word) const
    {
        return static_cast<std::size_t>(row) * static_cast<std::size_t>(m_words) + static_cast<std::size_t>(word);
    }

    int m_words = 1;
    std::vector<quint64> m_bits;
};

} // namespace mentordesk::matching::scoring
