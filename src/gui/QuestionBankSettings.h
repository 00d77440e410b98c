#pragma once

// The question bank in the user's settings: one list of questions per meeting stage under
// meeting/questions/<stage>, falling back to the defaults for a stage that was never edited.

#include "reins/Coaching.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace reins::gui {

// "meeting/questions/explore"
[[nodiscard]] QString questionBankKey(MeetingStage stage);

// Core's default questions in the language Reins speaks.
[[nodiscard]] QuestionBank localisedDefaultQuestionBank();

// The bank as stored in `settings`; stages without a stored list get the default questions.
[[nodiscard]] QuestionBank loadQuestionBank(const QSettings &settings);

// Stores `bank`. A stage whose questions equal the defaults is stored as "not edited", so
// later improvements of the defaults reach it.
void saveQuestionBank(QSettings &settings, const QuestionBank &bank);

// Forgets every edit: all stages are back to the defaults.
void resetQuestionBank(QSettings &settings);

[[nodiscard]] QStringList questionsOf(const QuestionBank &bank, MeetingStage stage);
void setQuestionsOf(QuestionBank &bank, MeetingStage stage, const QStringList &questions);

} // namespace reins::gui
