import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Page, ROLE_UNIT_KINDS, Role, SessionUser } from '@ibd/shared/contracts';
import { registerConstraintMessages } from '@ibd/api/core';
import { UnitsService } from '@ibd/api/units';
import { CreateUserDto, ListUsersQuery, UpdateUserDto } from './dto/user.dto';
import { PasswordService } from './password.service';
import { UserEntity } from './user.entity';

registerConstraintMessages({ users_username_key: 'username is already taken' });

export interface UserView extends SessionUser {
  active: boolean;
  createdAt: Date;
}

export const toUserView = (user: UserEntity): UserView => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  unitId: user.unitId,
  active: user.active,
  createdAt: user.createdAt,
});

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly passwords: PasswordService,
    private readonly units: UnitsService,
  ) {}

  async list(query: ListUsersQuery): Promise<Page<UserView>> {
    const qb = this.users.createQueryBuilder('u').orderBy('u.username').skip(query.skip).take(query.pageSize);
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.unitId) qb.andWhere('u.unit_id = :unitId', { unitId: query.unitId });
    if (query.q) qb.andWhere("u.username LIKE :q ESCAPE '\\'", { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    const [items, total] = await qb.getManyAndCount();
    return query.toPage(items.map(toUserView), total);
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new NotFoundException('User not found');
    return user;
  }

  async create(dto: CreateUserDto): Promise<UserEntity> {
    await this.assertUnitFitsRole(dto.unitId, dto.role);
    const passwordHash = await this.passwords.hash(dto.password);
    const { password: _password, ...fields } = dto;
    return this.users.save(this.users.create({ ...fields, passwordHash }));
  }

  async update(id: string, dto: UpdateUserDto): Promise<UserEntity> {
    const user = await this.get(id);
    const role = dto.role ?? user.role;
    const unitId = dto.unitId ?? user.unitId;
    if (dto.role || dto.unitId) await this.assertUnitFitsRole(unitId, role);
    const { password, ...fields } = dto;
    const changes: Partial<UserEntity> = { ...fields };
    if (password) changes.passwordHash = await this.passwords.hash(password);
    if (password || dto.role || dto.unitId || dto.active === false) changes.credentialsChangedAt = new Date();
    await this.users.update(id, changes);
    return this.get(id);
  }

  /** For login: the active user with the password hash, which is never selected otherwise. */
  findForLogin(username: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username AND u.active', { username })
      .getOne();
  }

  findActive(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id, active: true } });
  }

  private async assertUnitFitsRole(unitId: string, role: Role): Promise<void> {
    const unit = await this.units.findActive(unitId);
    if (!unit) throw new BadRequestException(['unitId does not name an active unit']);
    if (!this.units.isKind(unit, ROLE_UNIT_KINDS[role])) {
      throw new BadRequestException([
        `unitId: a ${role} must belong to a unit of kind ${ROLE_UNIT_KINDS[role].join(' or ')}`,
      ]);
    }
  }
}
