// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCommandLineOption>

namespace mentordesk {

/// `mentordesk attention --database F [--as-of DATE] [--time-zone Z] [--format text|csv]`: prints
/// the "Needs attention" list (attention/AttentionList) of a day, in the program's time zone
/// unless told another, as aligned text with a count line or as CSV
/// (`kind,pairing_id,mentor_external_id,mentee_external_id,due,detail`). It writes nothing.
///
/// Exit codes: 0 nothing needs attention; 1 the list has items; 2 a bad date, zone or format, or a
/// program that cannot be read.
class AttentionCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(AttentionCommand)
public:
    AttentionCommand();

protected:
    ExitCode execute(const QCommandLineParser& parser, const QStringList& positional) override;

private:
    QCommandLineOption m_asOfOption;
    QCommandLineOption m_zoneOption;
    QCommandLineOption m_formatOption;
};

} // namespace mentordesk
