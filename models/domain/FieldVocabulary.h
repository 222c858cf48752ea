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
QVector<Choice> touchpointKindChoices();
QVector<Choice> touchpointStatusChoices();

/// Other names files give the column of field `id`, most specific first; empty for fields no
/// import reads.
QStringList headerSynonyms(FieldId id);

} // namespace mentordesk
