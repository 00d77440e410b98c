#pragma once

// moc (Qt 6.4) cannot parse the C++20 standard headers; it needs none of these.
#ifndef Q_MOC_RUN
#include "gui/SessionSteps.h"
#include "reins/Repositories.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>
#endif

#include <QAbstractListModel>

namespace reins::gui {

// The words a person reads for a search hit's part: "Gap", "Meeting note (plan)".
[[nodiscard]] QString searchPartName(std::string_view part);
// The session window's step that shows the part; nullopt for a part it does not know.
[[nodiscard]] std::optional<SessionStep> stepForSearchPart(std::string_view part);
// The snippet as HTML, escaped, each match (between searchMatchStart and searchMatchEnd)
// in bold on a highlight.
[[nodiscard]] QString snippetHtml(const std::string &snippet);

// The hits of one search, best first.
class SearchResultsModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Roles {
        SessionIdRole = Qt::UserRole + 1,
        StepRole,        // int(SessionStep), or -1
        HeadingRole,     // "Tom Becker · 3 Nov 2026 · Gap"
        SnippetHtmlRole, // the snippet with the matches in bold
        PrivateRole,
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setHits(std::vector<SearchHit> hits);
    [[nodiscard]] const std::vector<SearchHit> &hits() const { return m_hits; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    std::vector<SearchHit> m_hits;
};

} // namespace reins::gui
