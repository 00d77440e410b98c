#include "gui/PrepPageSupport.h"

#include "gui/SessionSteps.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTimer>

namespace reins::gui {

namespace {

// lupdate files a tr() outside any class under its namespace, so that is the context here.
QString tr(const char *text)
{
    return QCoreApplication::translate("reins::gui", text);
}

// Lets the undo and redo keys pass a text field by, to the window's shortcuts.
class UndoKeysToWindow final : public QObject {
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            const bool redoKey = key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier) &&
                                 key->key() == Qt::Key_Z;
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || redoKey) {
                event->ignore(); // not the field's: the window's shortcut gets it
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void routeUndoToWindow(QPlainTextEdit *edit)
{
    edit->setUndoRedoEnabled(false);
    edit->installEventFilter(new UndoKeysToWindow(edit));
}

void setUpPageTitle(QLabel *title)
{
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setWeight(QFont::DemiBold);
    title->setFont(font);
    title->setTextFormat(Qt::PlainText);
}

void setUpGuidance(QLabel *guidance)
{
    guidance->setWordWrap(true);
    guidance->setTextFormat(Qt::PlainText);
    QPalette palette = guidance->palette();
    palette.setColor(QPalette::WindowText, mutedColour());
    guidance->setPalette(palette);
}

void keepRowsFitted(QTableView *table)
{
    table->setWordWrap(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Measured once the columns have settled, not for every pixel of a drag.
    auto *rowSizer = new QTimer(table);
    rowSizer->setSingleShot(true);
    rowSizer->setInterval(0);
    QObject::connect(rowSizer, &QTimer::timeout, table, [table] { table->resizeRowsToContents(); });
    QObject::connect(table->horizontalHeader(), &QHeaderView::sectionResized, rowSizer,
                     qOverload<>(&QTimer::start));
}

QColor upColour()
{
    return {0x1b, 0x7f, 0x3b};
}

QColor downColour()
{
    return {0xb0, 0x2a, 0x1e};
}

QColor mutedColour()
{
    return {0x5b, 0x68, 0x70};
}

QString periodAheadName(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly:
        return tr("the next week");
    case Cadence::Fortnightly:
        return tr("the next two weeks");
    case Cadence::Monthly:
        return tr("the next month");
    }
    return {};
}

std::optional<SessionStep> stepNamed(std::string_view name)
{
    if (name == "Last time")
        return SessionStep::LastTime;
    if (name == "Results")
        return SessionStep::Results;
    if (name == "Self-audit")
        return SessionStep::SelfAudit;
    if (name == "Gaps")
        return SessionStep::Gaps;
    if (name == "Factors")
        return SessionStep::Factors;
    if (name == "Upskilling")
        return SessionStep::Upskilling;
    if (name == "Strategies")
        return SessionStep::Strategies;
    if (name == "Focus and plan")
        return SessionStep::FocusAndPlan;
    return std::nullopt;
}

QString scoreChangeHtml(int score, std::optional<int> previous)
{
    if (!previous)
        return {};
    const int change = score - *previous;
    if (change > 0) {
        return QStringLiteral("<span style=\"color:%1\">\u2191 +%2</span>")
            .arg(upColour().name())
            .arg(change);
    }
    if (change < 0) {
        return QStringLiteral("<span style=\"color:%1\">\u2193 \u2212%2</span>")
            .arg(downColour().name())
            .arg(-change);
    }
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(mutedColour().name(), tr("= same"));
}

} // namespace reins::gui
