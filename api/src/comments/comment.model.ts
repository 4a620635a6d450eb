import { Field, ID, ObjectType } from '@nestjs/graphql';

import { UserModel } from '../users/user.model';

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Markdown; empty when deleted, or hidden from this viewer.' })
  body: string;

  @Field({ description: 'The body rendered from Markdown to sanitised HTML (stored when written).' })
  bodyHtml: string;

  @Field({ description: 'Hidden by a manager: only managers and the author still read it.' })
  hidden: boolean;

  @Field({ description: 'Deleted by its author; kept as a placeholder while it has replies.' })
  deleted: boolean;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  initiativeId: string;
  authorId: string;
  parentId: string | null;
  // Plain fields, filled from the row that loaded the comment: no resolver runs per comment.
  @Field(() => UserModel)
  author: UserModel;

  @Field(() => [CommentModel], { description: 'Replies this viewer may read, oldest first.' })
  replies: CommentModel[];
}
