#include "gui/QuestionBankSettings.h"

#include "gui/QtConvert.h"

#include <QCoreApplication>
#include <QSettings>

namespace reins::gui {

namespace {

const QString versionKey = QStringLiteral("meeting/questions/version");
// Raise when the meaning of the stored lists changes.
constexpr int storedVersion = 1;

} // namespace

QString questionBankKey(MeetingStage stage)
{
    return QStringLiteral("meeting/questions/%1").arg(toQString(toKey(stage)));
}

QStringList questionsOf(const QuestionBank &bank, MeetingStage stage)
{
    QStringList questions;
    for (const std::string &question : bank.forStage(stage))
        questions << toQString(question);
    return questions;
}

void setQuestionsOf(QuestionBank &bank, MeetingStage stage, const QStringList &questions)
{
    auto &list = bank.questions[static_cast<std::size_t>(stage)];
    list.clear();
    for (const QString &question : questions) {
        const QString trimmed = question.simplified();
        if (!trimmed.isEmpty())
            list.push_back(toStdString(trimmed));
    }
}

QuestionBank localisedDefaultQuestionBank()
{
    QuestionBank bank = defaultQuestionBank();
    for (auto &questions : bank.questions) {
        for (std::string &question : questions)
            question =
                toStdString(QCoreApplication::translate("reins::questions", question.c_str()));
    }
    return bank;
}

QuestionBank loadQuestionBank(const QSettings &settings)
{
    QuestionBank bank = localisedDefaultQuestionBank();
    // A bank stored by a newer Reins may mean something else: keep the defaults.
    if (settings.value(versionKey, storedVersion).toInt() > storedVersion)
        return bank;
    for (int index = 0; index < meetingStageCount; ++index) {
        const auto stage = static_cast<MeetingStage>(index);
        const QString key = questionBankKey(stage);
        if (!settings.contains(key))
            continue;
        // An emptied list comes back as an empty string or an invalid value.
        const QVariant value = settings.value(key);
        setQuestionsOf(bank, stage, value.toStringList());
    }
    return bank;
}

void saveQuestionBank(QSettings &settings, const QuestionBank &bank)
{
    const QuestionBank defaults = localisedDefaultQuestionBank();
    for (int index = 0; index < meetingStageCount; ++index) {
        const auto stage = static_cast<MeetingStage>(index);
        if (bank.forStage(stage) == defaults.forStage(stage))
            settings.remove(questionBankKey(stage));
        else
            settings.setValue(questionBankKey(stage), questionsOf(bank, stage));
    }
    settings.setValue(versionKey, storedVersion);
}

void resetQuestionBank(QSettings &settings)
{
    saveQuestionBank(settings, localisedDefaultQuestionBank());
}

} // namespace reins::gui
