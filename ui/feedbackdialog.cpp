#include "ui/feedbackdialog.h"

#include "sync/mentoring.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace warmline::ui {

FeedbackDialog::FeedbackDialog(sync::MenteeSession &mentee, QWidget *parent)
    : QDialog(parent)
    , m_mentee(mentee)
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Feedback from your mentors"));
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    m_sessions = new QListView(splitter);
    m_sessions->setObjectName(QStringLiteral("feedbackSessions"));
    m_sessions->setModel(m_mentee.feedback());
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("feedbackDetails"));
    splitter->setSizes({220, 420});
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_sessions->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FeedbackDialog::showSelected);
    connect(m_mentee.feedback(), &QAbstractItemModel::dataChanged, this, &FeedbackDialog::showSelected);
    connect(m_mentee.feedback(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_sessions->currentIndex().isValid())
            m_sessions->setCurrentIndex(m_sessions->model()->index(0, 0));
    });
    if (m_sessions->model()->rowCount() > 0)
        m_sessions->setCurrentIndex(m_sessions->model()->index(0, 0));
    showSelected();
    resize(680, 460);
}

void FeedbackDialog::showSelected()
{
    const protocol::FeedbackInfo *feedback = m_mentee.feedback()->feedback(m_sessions->currentIndex());
    if (!feedback) {
        m_details->setHtml(tr("<p>No mentor sessions yet. When a trainer mentors you, their review and the "
                              "moments they marked appear here.</p>"));
        return;
    }
    QString html = tr("<h3>Session with %1</h3>").arg(feedback->session.mentorName.toHtmlEscaped());
    if (const auto &review = feedback->review) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const auto &[label, score] :
             {std::pair{tr("Empathy"), review->empathy}, std::pair{tr("Ownership"), review->ownership},
              std::pair{tr("Resolution"), review->resolution}, std::pair{tr("Warmth"), review->warmth}})
            html += tr("<tr><td>%1</td><td><b>%2</b> / 5</td></tr>").arg(label).arg(score);
        html += QStringLiteral("</table>");
        if (!review->notes.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(review->notes.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    } else {
        html += tr("<p><i>Your mentor has not written the review yet.</i></p>");
    }
    if (!feedback->bookmarks.isEmpty()) {
        html += tr("<h4>Moments marked</h4>");
        for (const protocol::BookmarkInfo &bookmark : feedback->bookmarks) {
            html += QStringLiteral("<p>“%1”").arg(bookmark.excerpt.toHtmlEscaped());
            if (!bookmark.note.isEmpty())
                html += QStringLiteral("<br>— %1").arg(bookmark.note.toHtmlEscaped());
            html += QStringLiteral("</p>");
        }
    }
    m_details->setHtml(html);
}

} // namespace warmline::ui
