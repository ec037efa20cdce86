#include "matchingboardview.h"

#include "theme.h"

#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QMouseEvent>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QString kChoiceMime = QStringLiteral("application/x-portdeck-board-choice");
} // namespace

MatchingBoardView::MatchingBoardView(QWidget *parent)
    : QWidget(parent)
{
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("boardPrompt"));
    m_prompt->setFont(scaledFont(font(), 1.15, true));
    m_prompt->setWordWrap(true);
    auto *hint = new QLabel(tr("Drag a choice onto an item, or pick an item with the arrow keys and press the "
                               "choice's letter. Delete clears an item; Ctrl+Enter checks the board."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("boardItems"));
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Your match")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setTabKeyNavigation(false); // Tab goes on to the choices
    m_table->setAcceptDrops(true);
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    m_table->setAccessibleName(tr("Items to match"));

    m_choices = new QListWidget(this);
    m_choices->setObjectName(QStringLiteral("boardChoices"));
    m_choices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_choices->viewport()->installEventFilter(this);
    m_choices->installEventFilter(this);
    m_choices->setMaximumWidth(320);
    m_choices->setAccessibleName(tr("Choices"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_check = new QPushButton(tr("Check Board"), this);
    m_check->setObjectName(QStringLiteral("boardCheck"));
    m_check->setToolTip(tr("Ctrl+Enter"));
    m_check->setMinimumWidth(160);

    auto *boards = new QHBoxLayout;
    boards->addWidget(m_table, 3);
    boards->addWidget(m_choices, 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(hint);
    layout->addLayout(boards, 1);
    layout->addLayout(bottom);

    connect(m_check, &QPushButton::clicked, this, &MatchingBoardView::check);
    for (QKeySequence keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &MatchingBoardView::check);
    }
    // Enter on a choice gives it to the item picked on the board.
    connect(m_choices, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        assign(m_table->currentRow(), m_choices->row(item));
    });
}

QString MatchingBoardView::letter(int choice)
{
    return QString(QChar(u'A' + choice));
}

void MatchingBoardView::setBoard(std::shared_ptr<const MatchingBoard> board)
{
    m_board = std::move(board);
    m_graded = false;
    m_right.clear();
    m_assignment = QList<int>(m_board ? m_board->left.size() : 0, -1);
    m_prompt->setText(m_board ? m_board->prompt() : QString());
    m_message->clear();
    m_message->setProperty("emptyAsked", false);
    m_check->setEnabled(true);
    refresh();
    m_table->setCurrentCell(0, 0);
}

void MatchingBoardView::focusInput()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

void MatchingBoardView::assign(int row, int choice)
{
    if (m_graded || !m_board || row < 0 || row >= m_assignment.size() || choice >= m_board->right.size())
        return;
    if (choice >= 0) {
        const qsizetype held = m_assignment.indexOf(choice);
        if (held >= 0)
            m_assignment[held] = -1; // a choice matches one item: it moves
    }
    m_assignment[row] = choice;
    refresh();
    // On to the next item still empty, so letters can be typed one after another.
    if (choice >= 0 && row + 1 < m_assignment.size())
        m_table->setCurrentCell(row + 1, 0);
}

void MatchingBoardView::refresh()
{
    if (!m_board)
        return;
    const Accents a = accentsFor(palette());
    m_table->setRowCount(int(m_board->left.size()));
    for (int row = 0; row < m_board->left.size(); ++row) {
        auto *item = new QTableWidgetItem(m_board->left.at(row));
        const int choice = m_assignment.value(row, -1);
        QString match = choice >= 0 ? QStringLiteral("%1  %2").arg(letter(choice), m_board->right.at(choice)) : tr("—");
        auto *given = new QTableWidgetItem(match);
        if (row < m_right.size()) {
            given->setForeground(m_right.at(row) ? a.secure : a.insecure);
            if (!m_right.at(row))
                given->setText(tr("%1 (right: %2)").arg(match, m_board->right.at(m_board->solution.at(row))));
        }
        m_table->setItem(row, 0, item);
        m_table->setItem(row, 1, given);
    }
    m_choices->clear();
    for (int i = 0; i < m_board->right.size(); ++i) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(letter(i), m_board->right.at(i)), m_choices);
        if (m_assignment.contains(i))
            item->setForeground(a.muted); // placed already; it can still be moved
    }
}

void MatchingBoardView::check()
{
    if (m_graded || !m_board)
        return;
    const int empty = int(m_assignment.count(-1));
    if (empty > 0 && !m_message->property("emptyAsked").toBool()) {
        m_message->setProperty("emptyAsked", true);
        m_message->setText(tr("%n item(s) have no match yet. Press Ctrl+Enter again to check the board as it is.", "", empty));
        return;
    }
    m_message->setProperty("emptyAsked", false);
    emit submitted(m_assignment);
}

void MatchingBoardView::showGrade(const BoardGrade &grade)
{
    m_graded = true;
    m_right.clear();
    for (bool right : grade.correct)
        m_right.append(right ? 1 : 0);
    m_message->setText(tr("%1 of %2 pairs right.").arg(grade.right).arg(grade.total));
    m_check->setEnabled(false);
    refresh();
}

bool MatchingBoardView::eventFilter(QObject *watched, QEvent *event)
{
    // Dragging a choice: started by hand, so the board gets the choice's index and nothing else.
    if (watched == m_choices->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            m_pressAt = static_cast<QMouseEvent *>(event)->position().toPoint();
        } else if (event->type() == QEvent::MouseMove && !m_graded
                   && (static_cast<QMouseEvent *>(event)->buttons() & Qt::LeftButton)) {
            const QPoint at = static_cast<QMouseEvent *>(event)->position().toPoint();
            QListWidgetItem *item = m_choices->itemAt(m_pressAt);
            if (item && (at - m_pressAt).manhattanLength() >= QApplication::startDragDistance()) {
                auto *mime = new QMimeData;
                mime->setData(kChoiceMime, QByteArray::number(m_choices->row(item)));
                auto *drag = new QDrag(m_choices);
                drag->setMimeData(mime);
                drag->exec(Qt::MoveAction);
                return true;
            }
        }
    }
    if (watched == m_table->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (!m_graded && drag->mimeData()->hasFormat(kChoiceMime)) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const int row = m_table->rowAt(drop->position().toPoint().y());
            if (drop->mimeData()->hasFormat(kChoiceMime) && row >= 0) {
                assign(row, drop->mimeData()->data(kChoiceMime).toInt());
                drop->acceptProposedAction();
                return true;
            }
        }
    }
    if (watched == m_table && event->type() == QEvent::KeyPress && m_board) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int choice = key->key() - Qt::Key_A;
        if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) && choice >= 0 && choice < m_board->right.size()) {
            assign(m_table->currentRow(), choice);
            return true;
        }
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            assign(m_table->currentRow(), -1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
