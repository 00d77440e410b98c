#include "gui/RefreshWhenShown.h"

#include "gui/SessionDocument.h"

#include <QEvent>
#include <QWidget>

namespace reins::gui {

namespace {

class ShownRefresher final : public QObject {
public:
    ShownRefresher(QWidget *view, std::function<void()> refresh)
        : QObject(view)
        , m_view(view)
        , m_refresh(std::move(refresh))
    {
        view->installEventFilter(this);
    }

    void documentChanged()
    {
        if (m_view->isVisible() || !m_view->window()->isVisible()) {
            m_stale = false;
            m_refresh();
        } else {
            m_stale = true;
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Show && m_stale) {
            m_stale = false;
            m_refresh();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace

void refreshWhenShown(QWidget *view, SessionDocument &document, std::function<void()> refresh)
{
    auto *refresher = new ShownRefresher(view, std::move(refresh));
    QObject::connect(&document, &SessionDocument::changed, refresher,
                     [refresher] { refresher->documentChanged(); });
}

} // namespace reins::gui
