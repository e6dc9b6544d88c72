"""Shapes of the trafi dev pages, session 6 (quality, trafi): snippets quoted from the dev pages
(half A), through parse + run_steps(steps_until(STEP))."""
from __future__ import annotations

from cleaners.text import ends_sentence, fold_words, headline_like, nwords, spaced_words
from conftest import clean_doc
from test_steps import dump, kept_texts

# --- Han and kana: scripts written without spaces ----------------------------------------------

# (a Chinese news page, 2012: the headline, a dateline, the article's paragraphs, each one line
# without a space, a sidebar's teaser bullets printed between the last ones, the share line, teasers)
ZH_TITLE = "话剧《约定无期限》河北各市巡演结束"
ZH_FIRST = "一个约定，信守15年，感人至深；一段真情，延续15年，催人泪下。6月3日上午，话剧《约定无期限》全省各市巡演活动来到张家口。"
ZH_SECOND = "这样的掌声、这样的感动，如今已经传遍河北大地。"
ZH_MOVED = "动人的故事、无价的真情、精彩的演出，让每一位观众得到了精神的洗礼、道德的升华。"
ZH_LAST = "如今，向河北农大果树93(01)班毕业生群体学习的热潮正在全省各地深入开展。"
ZH_MIDDLE = ("《约定无期限》的成功演出，离不开编剧和全体演职人员的辛苦付出。“果树93(01)班毕业生们的典型事迹，"
             "为人们的心灵注入了温暖与感动。作为一名文艺工作者，通过艺术形式来弘扬这份人间真情是我义不容辞的责任。”")
ZH_TEASERS = ["  • 来自10米竹竿上的中国功夫", "  • 河北顺平县85个村庄遭冰雹袭击", "  • “亲子视频”让留守儿童与父母面对面",
              "  • 跨流域调水缓解白洋淀水资源紧缺"]


def test_text_han_characters_count_as_words():
    assert nwords(ZH_SECOND) == 20  # its characters ("、", "，" and "。" are no words)
    assert fold_words("信守15年 abc") == ("信", "守", "15", "年", "abc")
    assert spaced_words("The word 约定 means a promise") == ("the", "word", "means", "a", "promise")
    assert nwords("Ein Satz mit fünf Wörtern") == 5 and fold_words("Grüße aus Köln") == ("grüße", "aus", "köln")
    # their full stop, exclamation and question marks end a sentence, also inside quotes
    assert ends_sentence(ZH_SECOND) and ends_sentence(ZH_MIDDLE) and ends_sentence("兄弟，放心吧！")
    assert not headline_like(ZH_SECOND, 30, 250) and headline_like(ZH_TITLE, 30, 250)


def test_body_han_paragraphs_are_prose():
    doc = clean_doc(dump(ZH_TITLE, ZH_TITLE, "1  2  3  4", "新华网河北频道 ( 2012-06-04 09:20:26 ) 稿件来源： 河北日报",
                         ZH_FIRST, ZH_SECOND, ZH_MIDDLE + "\n  • 话剧《约定无期限》河北各市巡演结束",
                         "\n".join([ZH_MOVED, "  • 河北将迎来新课程标准后的首次高考", ZH_LAST,
                                    "  • 周汝珍高淑珍穆孟杰获河北省道德模范荣誉称号", "  • 民生讲述：三碗水里“品”变化"]), "作： 记者王敬照  编辑： 王华军",
                         "【关闭窗口】 【发表评论】 【打印本稿】", "新华纵横    今日新闻    金融讲堂    高端访谈",
                         "\n".join(ZH_TEASERS)), "boilerplate")
    kept = kept_texts(doc)
    # each paragraph was one long "word", a short line (no prose on the page: all kept, the teasers
    # too; on the whole page the first and last paragraphs lost): now they are prose and furniture goes
    assert all(t in kept for t in [ZH_FIRST, ZH_SECOND, ZH_MIDDLE, ZH_MOVED, ZH_LAST])
    assert not any(t in kept for t in ["【关闭窗口】 【发表评论】 【打印本稿】", "新华纵横 今日新闻 金融讲堂 高端访谈"])
    assert not any(t.strip(" •") in kept for t in ZH_TEASERS)
