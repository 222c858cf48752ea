// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldSpec.h"

namespace mentordesk {

/// The choice lists and the header names of the field catalogue (FieldCatalogue.cpp), kept apart
/// from the entries because they are long lists of words rather than rules.
QVector<Choice> channelChoices();
QVector<Choice> sellerStatusChoices();
QVector<Choice> tierChoices();
QVector<Choice> styleChoices();
QVector<Choice> communicationChoices();
QVector<Choice> recognitionTierChoices();
QVector<Choice> pairingStatusChoices();
QVector<Choice> pairingEndReasonChoices();
/// The seven mentor skills, in the order of the schema's CHECK on mentor_skills.skill (the
/// matching engine's Skill enum follows it).
QVector<Choice> skillChoices();
/// Languages by ISO 639-1 code: the ones marketplace programs meet most, named for people. The
/// lists accept any two-letter code; one not named here is shown by Qt's (English) name for it.
QVector<Choice> languageChoices();

/// Other names files give the column of field `id`, most specific first; empty for fields no
/// import reads.
QStringList headerSynonyms(FieldId id);

// The calendar's touchpoints (schema version 6).
QVector<Choice> touchpointKindChoices();
QVector<Choice> touchpointStatusChoices();

} // namespace mentordesk
