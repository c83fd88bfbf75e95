/**
 * Looking ahead inside a bracket: whether a token of one kind stands before
 * the bracket closes. Signatures ask it of a role (（本报记者葛孟超参与采写）),
 * datelines of a slash (【記者王五／連線報導】), outlets' datelines of a role in
 * the credits after 讯 (昆明信息港讯 (昆明日报 记者陈思伊)).
 */
import { EOF, tokenMatcher, type IToken, type TokenType } from 'chevrotain'

/**
 * Whether a token of type `found` stands among the `max` tokens from the
 * `from`th on, before one of type `close` or the input's end.
 */
export function foundBeforeClose(la: (k: number) => IToken | undefined, found: TokenType, close: TokenType, max: number, from = 1): boolean {
  for (let k = from; k < from + max; k++) {
    const token = la(k)
    if (token === undefined || token.tokenType === EOF || tokenMatcher(token, close)) return false
    if (tokenMatcher(token, found)) return true
  }
  return false
}
