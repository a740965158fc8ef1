#include "ui/mentorreviewdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace warmline::ui {

namespace {

QSpinBox *score(const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, 5);
    box->setValue(3);
    return box;
}

} // namespace

MentorReviewDialog::MentorReviewDialog(const QString &menteeName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("mentorReviewDialog"));
    setWindowTitle(tr("Review the session with %1").arg(menteeName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%1 reads this with the moments you marked. 1 is \"not yet\", 5 is \"a model "
                                "for others\".")
                                 .arg(menteeName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_empathy = score(QStringLiteral("empathy"), this);
    m_ownership = score(QStringLiteral("ownership"), this);
    m_resolution = score(QStringLiteral("resolution"), this);
    m_warmth = score(QStringLiteral("warmth"), this);
    form->addRow(tr("&Empathy"), m_empathy);
    form->addRow(tr("&Ownership"), m_ownership);
    form->addRow(tr("&Resolution"), m_resolution);
    form->addRow(tr("&Warmth"), m_warmth);
    layout->addLayout(form);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setPlaceholderText(tr("What went well, and one thing to try next time"));
    m_notes->setTabChangesFocus(true);
    m_notes->installEventFilter(this);
    layout->addWidget(m_notes, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send review"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Send review (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(420, 380);
}

int MentorReviewDialog::empathy() const
{
    return m_empathy->value();
}

int MentorReviewDialog::ownership() const
{
    return m_ownership->value();
}

int MentorReviewDialog::resolution() const
{
    return m_resolution->value();
}

int MentorReviewDialog::warmth() const
{
    return m_warmth->value();
}

QString MentorReviewDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

bool MentorReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            accept();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace warmline::ui
