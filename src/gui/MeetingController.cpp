#include "gui/MeetingController.h"

#include "gui/Preferences.h"
#include "gui/QtConvert.h"
#include "gui/QuestionBankSettings.h"
#include "gui/SessionDocument.h"
#include "reins/Repositories.h"

#include <QAction>
#include <QIcon>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

static void initMeetingResourcesOnce()
{
    Q_INIT_RESOURCE(meeting);
}

namespace reins::gui {

namespace {

// How often a running meeting writes its stage times: a crash loses at most this much.
constexpr auto checkpointInterval = std::chrono::seconds(30);

} // namespace

const Clock &steadyClock()
{
    static const SteadyClock clock;
    return clock;
}

void initMeetingResources()
{
    static const bool initialised = [] {
        initMeetingResourcesOnce();
        return true;
    }();
    (void)initialised;
}

MeetingController::MeetingController(SessionDocument &document, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_clock(clock)
    , m_timer(clock)
    , m_questions(loadQuestionBank(QSettings()))
    , m_keyboardAction(new QAction(this))
    , m_ticker(new QTimer(this))
{
    initMeetingResources();
    m_timer.restore(document.state().meeting.stageTimes);
    const auto salesperson = document.store().people().find(document.state().session.salespersonId);
    m_salespersonName = salesperson ? toQString(salesperson->name) : tr("The salesperson");

    m_keyboardAction->setText(tr("Salesperson at the &keyboard"));
    m_keyboardAction->setIconText(tr("Salesperson at the keyboard"));
    m_keyboardAction->setToolTip(
        tr("Hides every private note while the salesperson looks at or uses the screen "
           "(Ctrl+Shift+P)"));
    m_keyboardAction->setIcon(QIcon(QStringLiteral(":/meeting/keyboard.svg")));
    m_keyboardAction->setCheckable(true);
    m_keyboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_keyboardAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_keyboardAction, &QAction::toggled, this,
            [this](bool on) { emit salespersonAtKeyboardChanged(on); });

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &MeetingController::tick);
    connect(&m_document, &SessionDocument::changed, this, [this] { followSessionStage(); });
    // The question bank edited in the preferences reaches a meeting already open.
    connect(&PreferencesNotifier::instance(), &PreferencesNotifier::changed, this, [this] {
        m_questions = loadQuestionBank(QSettings());
        emit questionBankChanged();
    });
}

MeetingController::~MeetingController()
{
    // The time up to now belongs to the meeting; the document saves it when it closes.
    if (m_timer.isRunning()) {
        m_timer.pause();
        writeStageTimes();
    }
}

bool MeetingController::salespersonAtKeyboard() const
{
    return m_keyboardAction->isChecked();
}

void MeetingController::setSalespersonAtKeyboard(bool on)
{
    m_keyboardAction->setChecked(on);
}

void MeetingController::setQuestionBank(const QuestionBank &bank)
{
    QSettings settings;
    saveQuestionBank(settings, bank);
    m_questions = bank;
    emit questionBankChanged();
}

void MeetingController::showStage(MeetingStage stage)
{
    if (stage == m_shownStage)
        return;
    m_shownStage = stage;
    if (m_timer.isRunning()) {
        m_timer.start(stage); // banks the time of the stage left
        writeStageTimes();
    }
    emit timerChanged();
}

std::int64_t MeetingController::secondsIn(MeetingStage stage) const
{
    return m_timer.secondsIn(stage);
}

std::int64_t MeetingController::totalSeconds() const
{
    std::int64_t total = 0;
    for (int index = 0; index < meetingStageCount; ++index)
        total += m_timer.secondsIn(static_cast<MeetingStage>(index));
    return total;
}

std::optional<QString> MeetingController::startMeeting()
{
    const Stage stage = m_document.state().session.stage;
    if (stage != Stage::InMeeting) {
        if (const auto refusal = stageChangeRefusal(stage, Stage::InMeeting))
            return translatedCoreText("reins::stages", *refusal);
        m_document.edit(tr("Start the meeting"),
                        [](SessionState &state) { state.session.stage = Stage::InMeeting; });
    }
    if (!m_timer.isRunning()) {
        m_timer.start(m_shownStage);
        m_lastWritten = m_clock.now();
        m_ticker->start();
        emit timerChanged();
    }
    return std::nullopt;
}

void MeetingController::pauseTimer()
{
    if (!m_timer.isRunning())
        return;
    m_timer.pause();
    m_ticker->stop();
    writeStageTimes();
    emit timerChanged();
}

std::optional<QString> MeetingController::closeSession()
{
    const Stage stage = m_document.state().session.stage;
    if (const auto refusal = stageChangeRefusal(stage, Stage::Closed))
        return translatedCoreText("reins::stages", *refusal);
    pauseTimer();
    m_document.edit(tr("Close the session"),
                    [](SessionState &state) { state.session.stage = Stage::Closed; });
    // A closed session cannot be reopened, so no undo may take it back to the meeting.
    m_document.undoStack()->clear();
    m_document.saveNow();
    emit timerChanged();
    return std::nullopt;
}

void MeetingController::tick()
{
    if (!m_timer.isRunning())
        return;
    if (m_clock.now() - m_lastWritten >= checkpointInterval)
        writeStageTimes();
    emit timerChanged();
}

void MeetingController::writeStageTimes()
{
    m_lastWritten = m_clock.now();
    m_document.setStageTimes(m_timer.times());
}

void MeetingController::followSessionStage()
{
    // Undoing "Start the meeting" takes the session back to Ready: the clock stops with it.
    if (m_timer.isRunning() && m_document.state().session.stage != Stage::InMeeting)
        pauseTimer();
}

} // namespace reins::gui
