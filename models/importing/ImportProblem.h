// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mentordesk {

/// Why a value of an import file was not accepted: one line of the error report (file line,
/// column, value, reason) and one coloured cell of the wizard's preview.
struct ImportProblem {
    qint64 line = 0;    ///< 1-based physical line of the file where the record starts
    int column = -1;    ///< 0-based column of the file; -1 when the problem is the whole row's
    QString columnName; ///< the header's name of the column, "Column 3" without a header row
    QString value;      ///< the cell as the file has it
    QString reason;     ///< a translated sentence: what is wrong and what to do
    /// The value can be read in two ways; choosing the file's number style or date order settles it.
    bool ambiguous = false;
};

} // namespace mentordesk
