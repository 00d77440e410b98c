#pragma once

// Helpers for GUI tests that click and type like a person: drive modal dialogs, find
// buttons by the text a person reads, collect model-tester complaints.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <catch2/catch.hpp>

#include <deque>
#include <functional>

// Failures print QStrings as text.
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace reins::test {

// Answers the modal dialogs a test is about to open, in order. Each handler gets the
// dialog as soon as it is the active modal widget (inside its exec()). Handlers must not
// throw: use CHECK, not REQUIRE, inside them.
class ModalDriver {
public:
    ModalDriver()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
    }

    ModalDriver &then(std::function<void(QWidget *)> handler)
    {
        m_handlers.push_back(std::move(handler));
        m_timer.start();
        return *this;
    }

    // Like then(), for a message box: any other modal fails the test and is left alone.
    ModalDriver &thenMessageBox(std::function<void(QMessageBox *)> handler)
    {
        return then([handler = std::move(handler)](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            CHECK(box);
            if (box)
                handler(box);
        });
    }

    [[nodiscard]] bool allHandled() const { return m_handlers.empty(); }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_lastHandled || !modal->isVisible() || m_handlers.empty())
            return;
        m_lastHandled = modal;
        auto handler = std::move(m_handlers.front());
        m_handlers.pop_front();
        if (m_handlers.empty())
            m_timer.stop();
        handler(modal);
    }

    QTimer m_timer;
    std::deque<std::function<void(QWidget *)>> m_handlers;
    QPointer<QWidget> m_lastHandled;
};

inline QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// The visible button whose text (without its & mnemonic) is `text`.
template <typename Button = QAbstractButton>
Button *buttonWithText(const QWidget *root, const QString &text)
{
    for (Button *button : root->findChildren<Button *>()) {
        if (withoutMnemonic(button->text()) == text && button->isVisibleTo(root->window()))
            return button;
    }
    return nullptr;
}

// Collects the warnings QAbstractItemModelTester reports (in Warning mode).
class ModelTesterMessages {
public:
    ModelTesterMessages()
    {
        messages().clear();
        m_previous = qInstallMessageHandler(&ModelTesterMessages::handle);
    }
    ~ModelTesterMessages() { qInstallMessageHandler(m_previous); }
    ModelTesterMessages(const ModelTesterMessages &) = delete;
    ModelTesterMessages &operator=(const ModelTesterMessages &) = delete;

    [[nodiscard]] static QStringList &messages()
    {
        static QStringList collected;
        return collected;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type != QtDebugMsg && QString::fromLatin1(context.category) == u"qt.modeltest")
            messages() << message;
    }

    QtMessageHandler m_previous = nullptr;
};

} // namespace reins::test
